"""D-INT-1: an internal network connects its containers to each other and to nothing else."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.judges.shared import acted, direct_reach, seen
from docker_conformance.conformance.model.netns import gateway_of, subnet_of
from docker_conformance.conformance.model.scenarios import InternalNetwork

family(__name__, "INT", "Internal networks", "internal 네트워크")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@claim("D-INT-1", observes="internal_network")
def internal_only(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
    """An internal network (docker network create --internal) connects its containers to each other and to
    nothing else.

    Documented: its containers ping each other by address (TTL {container.ttl}); no default route in the
        container; traffic to the outside does not leave (the egress outside sees nothing)
    Ko documented: 그 컨테이너들은 주소로 서로 ping한다 (TTL {container.ttl}); 컨테이너에 기본 경로가 없다;
        바깥쪽으로 가는 트래픽은 나가지 않는다 (egress 바깥쪽에 아무것도 오지 않는다)
    By hand: docker network create --internal inet; docker exec i1 ping -c 1 <i2>; docker exec i1 route -n;
        docker exec i1 ping -c 1 198.51.100.2  # an outside the suite made
    Title: An --internal network: its containers reach each other, nothing else
    Ko: internal 네트워크(docker network create --internal)는 컨테이너끼리만 연결하고 그 밖에는 아무 데도
        연결하지 않는다.
    Ko title: --internal 네트워크: 컨테이너끼리는 닿고, 밖으로는 아무 데도 안 닿는다
    """
    j.fact("network_inspect_internal", True, net.network.get("Internal"))
    direct_reach(j, net.within_network)
    routes, device = [str(r) for r in net.inside.routes], profile.container.device
    gateway = next((r.gateway for r in net.inside.routes if r.dst == "default"), None)
    j.expect("i1_has_default_route", "internal.default_route", gateway is not None)
    expected = [f"{subnet_of(net.network)} via * dev {device} U"]
    if profile.internal.default_route:
        expected.append(f"default via {gateway_of(net.network)} dev {device} UG")
    j.exactly("i1_routes", expected, routes)
    outside = seen("the outside", net.outside)
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())
