"""D-HOSTS-1, D-RESOLV-1, D-HOSTGW-1: what the engine writes into a container's /etc files."""

from __future__ import annotations

import ipaddress

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.judges.shared import bridge_files
from docker_conformance.conformance.model.execs import nameservers
from docker_conformance.conformance.model.scenarios import BridgeFiles, UserBridges

family(__name__, "HOSTS", "What the engine writes into a container", "엔진이 컨테이너에 쓰는 파일")
family(__name__, "RESOLV", "What the engine writes into a container", "엔진이 컨테이너에 쓰는 파일")
family(__name__, "HOSTGW", "What the engine writes into a container", "엔진이 컨테이너에 쓰는 파일")


def lines(text: str) -> list[str]:
    """A file's lines, fields joined by one tab, a leading address in its canonical spelling
    (`fe00::0` and `fe00::` are one address: engines print it either way)."""
    return ["\t".join(_canonical(line.split())) for line in text.splitlines() if line.strip()]


def _canonical(fields: list[str]) -> list[str]:
    try:
        return [str(ipaddress.ip_address(fields[0])), *fields[1:]]
    except ValueError:
        return fields


def etc_hosts(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


claim("D-HOSTS-1", observes="user_bridges", part="files")(etc_hosts)


def _host_based(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def _engine_written(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def _address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def resolv_conf(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    elif odd := [s for s in nameservers(files.engine_resolv) if not _address(s)]:
        j.cannot_judge("engine_resolv_conf_nameserver_not_an_address", nameserver=odd[0])
    else:  # every one an address
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


claim("D-RESOLV-1", observes="user_bridges", part="files")(resolv_conf)


def host_gateway(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


claim("D-HOSTGW-1", observes="user_bridges", part="files")(host_gateway)
