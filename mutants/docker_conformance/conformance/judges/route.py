"""S-ROUTE-*: the container's routing table and its gateway, which is docker0."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement, Unobservable
from docker_conformance.conformance.judges.shared import acted
from docker_conformance.conformance.model.seed import SeedObservation

family(__name__, "ROUTE", "The gateway", "게이트웨이")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@claim("S-ROUTE-1", observes="seed", part="gateway")
def routing_table(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's routing table.

    Documented: exactly: default via {bridge.gateway} dev {container.device} (flags UG); {bridge.subnet}
        on-link dev {container.device} (flags U)
    Ko documented: 정확히: default via {bridge.gateway} dev {container.device} (플래그 UG); {bridge.subnet}
        on-link dev {container.device} (플래그 U)
    By hand: docker exec busybox1 route -n
    Title: busybox1 routes: default via {bridge.gateway}, {bridge.subnet} on-link
    Ko: 컨테이너의 라우팅 테이블.
    Ko title: busybox1의 경로: 기본 경로는 {bridge.gateway}, {bridge.subnet}은 직접 연결
    Seed: default 172.17.0.1 0.0.0.0 UG 0 0 0 eth0 / 172.17.0.0 * 255.255.0.0 U 0 0 0 eth0
    """
    view = seed.busybox1
    if view.netns is None:
        raise Unobservable("container_namespace_could_not_be_entered")
    routes = {r.dst: r for r in view.netns.routes}
    default = routes.get("default")
    key = "container.gateway" if profile.container.gateway else "bridge.gateway"  # `default-gateway`
    j.expect("default_gateway", key, default.gateway if default else None)
    device = profile.container.device
    j.exactly(
        "routes",
        [
            f"default via {profile.value(key)} dev {device} UG",
            f"{profile.bridge.subnet} via * dev {device} U",
        ],
        map(str, view.netns.routes),
    )
    if view.route:
        j.attach(view.route.command, view.route.output)


@claim("S-ROUTE-2", observes="seed", part="gateway")
def gateway_is_docker0(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's gateway is docker0 itself, and it answers.

    Documented: gateway address = the bridge's address ({bridge.gateway}); a ping to it succeeds
    Ko documented: 게이트웨이 주소 = 브리지의 주소 ({bridge.gateway}); 그 주소로 ping이 성공한다
    By hand: docker exec busybox1 ping -c 1 172.17.0.1
    Title: busybox1's gateway is {bridge.device} ({bridge.gateway}), and it answers
    Ko: 컨테이너의 게이트웨이는 docker0 자신이며, 응답한다.
    Ko title: busybox1의 게이트웨이는 {bridge.device} ({bridge.gateway})이고 응답한다
    Seed: 마지막으로 컨터이너의 게이트웨이를 확인 해보면 172.17.0.1된 것을 볼 수 있는데
    Not applicable with: default-gateway
    """
    bridge = seed.during.bridge_link(profile.bridge.device)
    acted(seed.gateway_ping)
    docker0_ip = bridge.ipv4.address if bridge and bridge.ipv4 else None
    gateway = seed.busybox1.endpoint.get("Gateway")
    j.fact(
        "container_gateway_docker0_address",
        docker0_ip,
        gateway,
        holds=bool(gateway) and gateway == docker0_ip,
    )
    j.expect("gateway", "bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)
