"""IPv6 where no subnet was given: off on an IPv4-only network (D-V6OFF-1), on the default bridge as
configured (D-V6-6), and a network's automatic subnet (D-V6-7)."""

from __future__ import annotations

import ipaddress

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import SYS_ADMIN, Judgement, Unobservable
from docker_conformance.conformance.judges.shared import bridge_files, ipv6_observed, seen
from docker_conformance.conformance.model.ipv6 import Ipv6Observation, ipam_subnets
from docker_conformance.conformance.model.scenarios import UserBridges

family(__name__, "V6OFF", "IPv6", "IPv6")
family(__name__, "V6", "IPv6", "IPv6")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@claim("D-V6OFF-1", observes="user_bridges", part="files")
def no_ipv6_on_eth0(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


@claim("D-V6-6", observes="ipv6")
def ipv6_default_bridge(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


@claim("D-V6-7", observes="ipv6")
def ipv6_automatic_subnet(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)
