"""D-V6OFF-1, D-V6-*: IPv6 off on an IPv4-only network; on where it is asked for (dual stack)."""

from __future__ import annotations

import ipaddress

from conformance.judges.shared import bridge_files
from conformance.model.ipv6 import Ipv6Observation, V6Container, ipam_subnets
from conformance.model.netns import Address
from conformance.model.scenarios import UserBridges
from conformance.profile import Profile
from conformance.registry import claim
from conformance.verdict import Judgement, Unobservable


@claim("D-V6OFF-1", observes="user_bridges", part="files")
def no_ipv6_on_eth0(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable(f"the default bridge is not IPv4-only here: it has IPv6 ({configured})")
    if files.netns is None:
        raise Unobservable("d1's namespace was not entered (no CAP_SYS_ADMIN)")
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0's IPv6 address scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0 disable_ipv6", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo's IPv6 addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


UNREACHED = "not reachable in the engine's namespace"


def _observed(v6: Ipv6Observation) -> Ipv6Observation:
    if v6.unavailable:
        raise Unobservable(v6.unavailable)
    return v6


def _in(subnet: str, offset: int) -> str:
    return str(ipaddress.IPv6Network(subnet).network_address + offset)


def _scopes(addresses: tuple[Address, ...]) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for a in addresses:
        found[a.scope] = (*found.get(a.scope, ()), a.cidr)
    return found


@claim("D-V6-1", observes="ipv6")
def ipv6_gateway(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = _observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = _scopes(bridge.addresses6 if bridge else ())
    gateway = f"{_in(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact(f"{v6.bridge}'s global IPv6 addresses", (gateway,), scopes.get("global", ()))
    j.fact(f"{v6.bridge} has a link-local address (fe80::/64)", True, bool(scopes.get("link")))
    j.fact("EnableIPv6 in inspect", True, v6.network.get("EnableIPv6"))
    j.fact("the IPv6 subnet in inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("an IPv4 subnet beside it", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


@claim("D-V6-2", observes="ipv6")
def ipv6_addresses(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = _observed(v6)
    gateway = _in(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = _scopes(container.eth0)
        j.fact(
            f"{container.role}'s global address",
            (f"{_in(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
        )
        j.fact(f"{container.role} has a link-local address", True, bool(scopes.get("link")))
        j.fact(
            f"{container.role}'s default IPv6 route", f"default via {gateway} dev eth0", _default(container)
        )
        j.expect(
            f"{container.role}: eth0 disable_ipv6", "ipv6.disable_ipv6", container.disable_ipv6.output.strip()
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", _dump(container))


@claim("D-V6-3", observes="ipv6")
def ipv6_reach_and_names(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the embedded DNS answers AAAA with the
        peer's address; /etc/hosts holds the container's own IPv6 address
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b 127.0.0.11; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    """
    v6 = _observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    j.fact("v6a -> v6b over IPv6: replies", True, v6.to_peer.complete)
    j.fact("v6a -> the gateway over IPv6: replies", True, v6.to_gateway.complete)
    j.fact(
        "AAAA of v6b from 127.0.0.11 holds its address",
        True,
        bool(peer) and f"Address: {peer}" in v6.lookup.output,
    )
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a's /etc/hosts holds its own IPv6 address", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


@claim("D-V6-4", observes="ipv6")
def ipv6_egress(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    """
    v6 = _observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("the outside received the payload", "conformance", out.payload)
    j.expect(
        "the outside sees the host's address (masquerade)",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


@claim("D-V6-5", observes="ipv6")
def ipv6_published(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    """
    v6 = _observed(v6)
    if not v6.published.sent:
        raise Unobservable(f"the outside could not try {v6.published.target}: {v6.published.error}")
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how the outside reaches [<host address>]:PORT", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what it read (the container's answer)", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("ip6tables -t nat rules naming the port", "\n".join(v6.nat_rules) or "(none)")


@claim("D-V6-6", observes="ipv6")
def ipv6_default_bridge(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = _observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("the default bridge's IPv6 subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable(
            "the default bridge has no IPv6 (the engine's `ipv6` and `fixed-cidr-v6` are not set): "
            "nothing to "
            "judge here (S-IPAM-2 judges it off)"
        )
    j.expect("the default bridge's IPv6 subnet", "ipv6.default_bridge", bridge.subnet)
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0 holds the prefix's gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0 has a link-local address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6's eth0 address is in the prefix",
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
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = _observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("--ipv6 with no subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "its IPv6 subnet: a /64 inside fd00::/8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "the engine's words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def _default(container: V6Container) -> str | None:
    found = [r for r in container.routes if r.startswith("default ")]
    return found[0] if found else None


def _dump(container: V6Container) -> str:
    return "\n".join([*(f"inet6 {a.cidr} scope {a.scope}" for a in container.eth0), *container.routes])
