"""D-PORT-*, D-HAIRPIN-1: published ports: who reaches them, and through which address."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import SYS_ADMIN, Judgement, Unobservable
from docker_conformance.conformance.judges.shared import seen
from docker_conformance.conformance.model.scenarios import PublishedPort

family(__name__, "PORT", "Published ports", "포트 공개")
family(__name__, "HAIRPIN", "Published ports", "포트 공개")


def published_port(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = [b or {} for b in (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


claim("D-PORT-1", observes="published_port")(published_port)


def _any_port(port: PublishedPort) -> PublishedPort:
    if not port.any_port:
        raise Unobservable("this_observation_has_no_port_published")
    return port


def every_address(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [
        (b or {}).get("HostIp") or ""
        for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []
    ]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


claim("D-PORT-2", observes="published_port")(every_address)


def _outside(port: PublishedPort) -> PublishedPort:
    if not port.from_outside:
        raise Unobservable("no_outside_namespace_was_made_needs", needs=SYS_ADMIN)
    return port


def loopback_only(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


claim("D-PORT-3", observes="published_port")(loopback_only)


def hairpin(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


claim("D-HAIRPIN-1", observes="published_port")(hairpin)
