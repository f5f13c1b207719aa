"""D-V6-*: IPv6 where it is asked for (dual stack), on a user network and on the default bridge."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement, Unobservable
from docker_conformance.conformance.judges.shared import acted, ipv6_observed
from docker_conformance.conformance.model.ipv6 import Ipv6Observation, by_scope, in_subnet, ipam_subnets

family(__name__, "V6", "IPv6", "IPv6")

UNREACHED = "not reachable in the engine's namespace"


def ipv6_gateway(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


claim("D-V6-1", observes="ipv6")(ipv6_gateway)


def ipv6_addresses(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


claim("D-V6-2", observes="ipv6")(ipv6_addresses)


def ipv6_reach_and_names(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_gateway, *([v6.to_peer] if peer else []))  # a peer with no address: nothing to ping
    j.fact("v6a_v6b_over_ipv6_replies", True, bool(peer) and v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


claim("D-V6-3", observes="ipv6")(ipv6_reach_and_names)


def ipv6_egress(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
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


claim("D-V6-4", observes="ipv6")(ipv6_egress)


def ipv6_published(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


claim("D-V6-5", observes="ipv6")(ipv6_published)
