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
mutants_x_internal_only__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_internal_only__mutmut)
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


def x_internal_only__mutmut_orig(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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


def x_internal_only__mutmut_1(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact(None, True, net.network.get("Internal"))
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


def x_internal_only__mutmut_2(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("network_inspect_internal", None, net.network.get("Internal"))
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


def x_internal_only__mutmut_3(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("network_inspect_internal", True, None)
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


def x_internal_only__mutmut_4(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact(True, net.network.get("Internal"))
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


def x_internal_only__mutmut_5(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("network_inspect_internal", net.network.get("Internal"))
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


def x_internal_only__mutmut_6(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("network_inspect_internal", True, )
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


def x_internal_only__mutmut_7(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("XXnetwork_inspect_internalXX", True, net.network.get("Internal"))
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


def x_internal_only__mutmut_8(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("NETWORK_INSPECT_INTERNAL", True, net.network.get("Internal"))
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


def x_internal_only__mutmut_9(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("network_inspect_internal", False, net.network.get("Internal"))
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


def x_internal_only__mutmut_10(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("network_inspect_internal", True, net.network.get(None))
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


def x_internal_only__mutmut_11(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("network_inspect_internal", True, net.network.get("XXInternalXX"))
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


def x_internal_only__mutmut_12(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("network_inspect_internal", True, net.network.get("internal"))
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


def x_internal_only__mutmut_13(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("network_inspect_internal", True, net.network.get("INTERNAL"))
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


def x_internal_only__mutmut_14(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    direct_reach(None, net.within_network)
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


def x_internal_only__mutmut_15(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    direct_reach(j, None)
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


def x_internal_only__mutmut_16(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    direct_reach(net.within_network)
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


def x_internal_only__mutmut_17(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    direct_reach(j, )
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


def x_internal_only__mutmut_18(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    routes, device = None
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


def x_internal_only__mutmut_19(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    routes, device = [str(None) for r in net.inside.routes], profile.container.device
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


def x_internal_only__mutmut_20(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    gateway = None
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


def x_internal_only__mutmut_21(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    gateway = next(None, None)
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


def x_internal_only__mutmut_22(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    gateway = next(None)
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


def x_internal_only__mutmut_23(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    gateway = next((r.gateway for r in net.inside.routes if r.dst == "default"), )
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


def x_internal_only__mutmut_24(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    gateway = next((r.gateway for r in net.inside.routes if r.dst != "default"), None)
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


def x_internal_only__mutmut_25(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    gateway = next((r.gateway for r in net.inside.routes if r.dst == "XXdefaultXX"), None)
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


def x_internal_only__mutmut_26(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    gateway = next((r.gateway for r in net.inside.routes if r.dst == "DEFAULT"), None)
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


def x_internal_only__mutmut_27(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.expect(None, "internal.default_route", gateway is not None)
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


def x_internal_only__mutmut_28(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.expect("i1_has_default_route", None, gateway is not None)
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


def x_internal_only__mutmut_29(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.expect("i1_has_default_route", "internal.default_route", None)
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


def x_internal_only__mutmut_30(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.expect("internal.default_route", gateway is not None)
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


def x_internal_only__mutmut_31(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.expect("i1_has_default_route", gateway is not None)
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


def x_internal_only__mutmut_32(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.expect("i1_has_default_route", "internal.default_route", )
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


def x_internal_only__mutmut_33(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.expect("XXi1_has_default_routeXX", "internal.default_route", gateway is not None)
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


def x_internal_only__mutmut_34(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.expect("I1_HAS_DEFAULT_ROUTE", "internal.default_route", gateway is not None)
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


def x_internal_only__mutmut_35(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.expect("i1_has_default_route", "XXinternal.default_routeXX", gateway is not None)
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


def x_internal_only__mutmut_36(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.expect("i1_has_default_route", "INTERNAL.DEFAULT_ROUTE", gateway is not None)
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


def x_internal_only__mutmut_37(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.expect("i1_has_default_route", "internal.default_route", gateway is None)
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


def x_internal_only__mutmut_38(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    expected = None
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


def x_internal_only__mutmut_39(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    expected = [f"{subnet_of(None)} via * dev {device} U"]
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


def x_internal_only__mutmut_40(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
        expected.append(None)
    j.exactly("i1_routes", expected, routes)
    outside = seen("the outside", net.outside)
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_41(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
        expected.append(f"default via {gateway_of(None)} dev {device} UG")
    j.exactly("i1_routes", expected, routes)
    outside = seen("the outside", net.outside)
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_42(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.exactly(None, expected, routes)
    outside = seen("the outside", net.outside)
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_43(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.exactly("i1_routes", None, routes)
    outside = seen("the outside", net.outside)
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_44(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.exactly("i1_routes", expected, None)
    outside = seen("the outside", net.outside)
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_45(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.exactly(expected, routes)
    outside = seen("the outside", net.outside)
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_46(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.exactly("i1_routes", routes)
    outside = seen("the outside", net.outside)
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_47(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.exactly("i1_routes", expected, )
    outside = seen("the outside", net.outside)
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_48(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.exactly("XXi1_routesXX", expected, routes)
    outside = seen("the outside", net.outside)
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_49(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.exactly("I1_ROUTES", expected, routes)
    outside = seen("the outside", net.outside)
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_50(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    outside = None
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_51(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    outside = seen(None, net.outside)
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_52(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    outside = seen("the outside", None)
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_53(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    outside = seen(net.outside)
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_54(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    outside = seen("the outside", )
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_55(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    outside = seen("XXthe outsideXX", net.outside)
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_56(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    outside = seen("THE OUTSIDE", net.outside)
    j.fact("outside_saw_connection", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_57(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact(None, None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_58(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("outside_saw_connection", None, None, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_59(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("outside_saw_connection", None, net.peer_seen, outside=None)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_60(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact(None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_61(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("outside_saw_connection", net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_62(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("outside_saw_connection", None, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_63(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("outside_saw_connection", None, net.peer_seen, )
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_64(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("XXoutside_saw_connectionXX", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_65(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("OUTSIDE_SAW_CONNECTION", None, net.peer_seen, outside=outside)
    acted(net.ping_outside)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_66(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    acted(None)
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_67(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact(None, 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_68(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("replies_from_outside", None, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_69(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("replies_from_outside", 0, None, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_70(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("replies_from_outside", 0, net.ping_outside.received, outside=None)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_71(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact(0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_72(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("replies_from_outside", net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_73(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("replies_from_outside", 0, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_74(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("replies_from_outside", 0, net.ping_outside.received, )
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_75(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("XXreplies_from_outsideXX", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_76(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("REPLIES_FROM_OUTSIDE", 0, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_77(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.fact("replies_from_outside", 1, net.ping_outside.received, outside=outside)
    j.attach(net.to_outside.command, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_78(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.attach(None, f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_79(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.attach(net.to_outside.command, None)
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_80(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.attach(f"exit {net.to_outside.exit_code}\n{net.to_outside.output}")
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_81(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.attach(net.to_outside.command, )
    j.attach(net.ping_outside.exec.command, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_82(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.attach(None, net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_83(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.attach(net.ping_outside.exec.command, None)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_84(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.attach(net.ping_outside.exec.output)
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_85(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.attach(net.ping_outside.exec.command, )
    j.attach("i1 namespace (netlink)", net.inside.dump())


def x_internal_only__mutmut_86(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.attach(None, net.inside.dump())


def x_internal_only__mutmut_87(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.attach("i1 namespace (netlink)", None)


def x_internal_only__mutmut_88(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.attach(net.inside.dump())


def x_internal_only__mutmut_89(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.attach("i1 namespace (netlink)", )


def x_internal_only__mutmut_90(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.attach("XXi1 namespace (netlink)XX", net.inside.dump())


def x_internal_only__mutmut_91(j: Judgement, net: InternalNetwork, profile: Profile) -> None:
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
    j.attach("I1 NAMESPACE (NETLINK)", net.inside.dump())

mutants_x_internal_only__mutmut['_mutmut_orig'] = x_internal_only__mutmut_orig # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_1'] = x_internal_only__mutmut_1 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_2'] = x_internal_only__mutmut_2 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_3'] = x_internal_only__mutmut_3 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_4'] = x_internal_only__mutmut_4 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_5'] = x_internal_only__mutmut_5 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_6'] = x_internal_only__mutmut_6 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_7'] = x_internal_only__mutmut_7 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_8'] = x_internal_only__mutmut_8 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_9'] = x_internal_only__mutmut_9 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_10'] = x_internal_only__mutmut_10 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_11'] = x_internal_only__mutmut_11 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_12'] = x_internal_only__mutmut_12 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_13'] = x_internal_only__mutmut_13 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_14'] = x_internal_only__mutmut_14 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_15'] = x_internal_only__mutmut_15 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_16'] = x_internal_only__mutmut_16 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_17'] = x_internal_only__mutmut_17 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_18'] = x_internal_only__mutmut_18 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_19'] = x_internal_only__mutmut_19 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_20'] = x_internal_only__mutmut_20 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_21'] = x_internal_only__mutmut_21 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_22'] = x_internal_only__mutmut_22 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_23'] = x_internal_only__mutmut_23 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_24'] = x_internal_only__mutmut_24 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_25'] = x_internal_only__mutmut_25 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_26'] = x_internal_only__mutmut_26 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_27'] = x_internal_only__mutmut_27 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_28'] = x_internal_only__mutmut_28 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_29'] = x_internal_only__mutmut_29 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_30'] = x_internal_only__mutmut_30 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_31'] = x_internal_only__mutmut_31 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_32'] = x_internal_only__mutmut_32 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_33'] = x_internal_only__mutmut_33 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_34'] = x_internal_only__mutmut_34 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_35'] = x_internal_only__mutmut_35 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_36'] = x_internal_only__mutmut_36 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_37'] = x_internal_only__mutmut_37 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_38'] = x_internal_only__mutmut_38 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_39'] = x_internal_only__mutmut_39 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_40'] = x_internal_only__mutmut_40 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_41'] = x_internal_only__mutmut_41 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_42'] = x_internal_only__mutmut_42 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_43'] = x_internal_only__mutmut_43 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_44'] = x_internal_only__mutmut_44 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_45'] = x_internal_only__mutmut_45 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_46'] = x_internal_only__mutmut_46 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_47'] = x_internal_only__mutmut_47 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_48'] = x_internal_only__mutmut_48 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_49'] = x_internal_only__mutmut_49 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_50'] = x_internal_only__mutmut_50 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_51'] = x_internal_only__mutmut_51 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_52'] = x_internal_only__mutmut_52 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_53'] = x_internal_only__mutmut_53 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_54'] = x_internal_only__mutmut_54 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_55'] = x_internal_only__mutmut_55 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_56'] = x_internal_only__mutmut_56 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_57'] = x_internal_only__mutmut_57 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_58'] = x_internal_only__mutmut_58 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_59'] = x_internal_only__mutmut_59 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_60'] = x_internal_only__mutmut_60 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_61'] = x_internal_only__mutmut_61 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_62'] = x_internal_only__mutmut_62 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_63'] = x_internal_only__mutmut_63 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_64'] = x_internal_only__mutmut_64 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_65'] = x_internal_only__mutmut_65 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_66'] = x_internal_only__mutmut_66 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_67'] = x_internal_only__mutmut_67 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_68'] = x_internal_only__mutmut_68 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_69'] = x_internal_only__mutmut_69 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_70'] = x_internal_only__mutmut_70 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_71'] = x_internal_only__mutmut_71 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_72'] = x_internal_only__mutmut_72 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_73'] = x_internal_only__mutmut_73 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_74'] = x_internal_only__mutmut_74 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_75'] = x_internal_only__mutmut_75 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_76'] = x_internal_only__mutmut_76 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_77'] = x_internal_only__mutmut_77 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_78'] = x_internal_only__mutmut_78 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_79'] = x_internal_only__mutmut_79 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_80'] = x_internal_only__mutmut_80 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_81'] = x_internal_only__mutmut_81 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_82'] = x_internal_only__mutmut_82 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_83'] = x_internal_only__mutmut_83 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_84'] = x_internal_only__mutmut_84 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_85'] = x_internal_only__mutmut_85 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_86'] = x_internal_only__mutmut_86 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_87'] = x_internal_only__mutmut_87 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_88'] = x_internal_only__mutmut_88 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_89'] = x_internal_only__mutmut_89 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_90'] = x_internal_only__mutmut_90 # type: ignore # mutmut generated
mutants_x_internal_only__mutmut['x_internal_only__mutmut_91'] = x_internal_only__mutmut_91 # type: ignore # mutmut generated


claim("D-INT-1", observes="internal_network")(internal_only)
