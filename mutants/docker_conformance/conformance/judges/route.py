"""S-ROUTE-*: the container's routing table and its gateway, which is docker0."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement, Unobservable
from docker_conformance.conformance.judges.shared import acted
from docker_conformance.conformance.model.seed import SeedObservation

family(__name__, "ROUTE", "The gateway", "게이트웨이")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_routing_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_routing_table__mutmut)
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


def x_routing_table__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_routing_table__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    view = None
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


def x_routing_table__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    if view.netns is not None:
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


def x_routing_table__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        raise Unobservable(None)
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


def x_routing_table__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        raise Unobservable("XXcontainer_namespace_could_not_be_enteredXX")
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


def x_routing_table__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        raise Unobservable("CONTAINER_NAMESPACE_COULD_NOT_BE_ENTERED")
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


def x_routing_table__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    routes = None
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


def x_routing_table__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    default = None
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


def x_routing_table__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    default = routes.get(None)
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


def x_routing_table__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    default = routes.get("XXdefaultXX")
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


def x_routing_table__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    default = routes.get("DEFAULT")
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


def x_routing_table__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    key = None  # `default-gateway`
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


def x_routing_table__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    key = "container.gateway" if (profile.container.gateway) and False else "bridge.gateway"  # `default-gateway`
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


def x_routing_table__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    key = "container.gateway" if (profile.container.gateway) or True else "bridge.gateway"  # `default-gateway`
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


def x_routing_table__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    key = "XXcontainer.gatewayXX" if profile.container.gateway else "bridge.gateway"  # `default-gateway`
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


def x_routing_table__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    key = "CONTAINER.GATEWAY" if profile.container.gateway else "bridge.gateway"  # `default-gateway`
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


def x_routing_table__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    key = "container.gateway" if profile.container.gateway else "XXbridge.gatewayXX"  # `default-gateway`
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


def x_routing_table__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    key = "container.gateway" if profile.container.gateway else "BRIDGE.GATEWAY"  # `default-gateway`
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


def x_routing_table__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect(None, key, default.gateway if default else None)
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


def x_routing_table__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("default_gateway", None, default.gateway if default else None)
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


def x_routing_table__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("default_gateway", key, None)
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


def x_routing_table__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect(key, default.gateway if default else None)
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


def x_routing_table__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("default_gateway", default.gateway if default else None)
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


def x_routing_table__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("default_gateway", key, )
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


def x_routing_table__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("XXdefault_gatewayXX", key, default.gateway if default else None)
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


def x_routing_table__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("DEFAULT_GATEWAY", key, default.gateway if default else None)
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


def x_routing_table__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("default_gateway", key, default.gateway if (default) and False else None)
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


def x_routing_table__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("default_gateway", key, default.gateway if (default) or True else None)
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


def x_routing_table__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    device = None
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


def x_routing_table__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
        [
            f"default via {profile.value(key)} dev {device} UG",
            f"{profile.bridge.subnet} via * dev {device} U",
        ],
        map(str, view.netns.routes),
    )
    if view.route:
        j.attach(view.route.command, view.route.output)


def x_routing_table__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
        map(str, view.netns.routes),
    )
    if view.route:
        j.attach(view.route.command, view.route.output)


def x_routing_table__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
    )
    if view.route:
        j.attach(view.route.command, view.route.output)


def x_routing_table__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        [
            f"default via {profile.value(key)} dev {device} UG",
            f"{profile.bridge.subnet} via * dev {device} U",
        ],
        map(str, view.netns.routes),
    )
    if view.route:
        j.attach(view.route.command, view.route.output)


def x_routing_table__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        map(str, view.netns.routes),
    )
    if view.route:
        j.attach(view.route.command, view.route.output)


def x_routing_table__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        )
    if view.route:
        j.attach(view.route.command, view.route.output)


def x_routing_table__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "XXroutesXX",
        [
            f"default via {profile.value(key)} dev {device} UG",
            f"{profile.bridge.subnet} via * dev {device} U",
        ],
        map(str, view.netns.routes),
    )
    if view.route:
        j.attach(view.route.command, view.route.output)


def x_routing_table__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "ROUTES",
        [
            f"default via {profile.value(key)} dev {device} UG",
            f"{profile.bridge.subnet} via * dev {device} U",
        ],
        map(str, view.netns.routes),
    )
    if view.route:
        j.attach(view.route.command, view.route.output)


def x_routing_table__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            f"default via {profile.value(None)} dev {device} UG",
            f"{profile.bridge.subnet} via * dev {device} U",
        ],
        map(str, view.netns.routes),
    )
    if view.route:
        j.attach(view.route.command, view.route.output)


def x_routing_table__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        map(None, view.netns.routes),
    )
    if view.route:
        j.attach(view.route.command, view.route.output)


def x_routing_table__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        map(str, None),
    )
    if view.route:
        j.attach(view.route.command, view.route.output)


def x_routing_table__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        map(view.netns.routes),
    )
    if view.route:
        j.attach(view.route.command, view.route.output)


def x_routing_table__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        map(str, ),
    )
    if view.route:
        j.attach(view.route.command, view.route.output)


def x_routing_table__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.attach(None, view.route.output)


def x_routing_table__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.attach(view.route.command, None)


def x_routing_table__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.attach(view.route.output)


def x_routing_table__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.attach(view.route.command, )

mutants_x_routing_table__mutmut['_mutmut_orig'] = x_routing_table__mutmut_orig # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_1'] = x_routing_table__mutmut_1 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_2'] = x_routing_table__mutmut_2 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_3'] = x_routing_table__mutmut_3 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_4'] = x_routing_table__mutmut_4 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_5'] = x_routing_table__mutmut_5 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_6'] = x_routing_table__mutmut_6 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_7'] = x_routing_table__mutmut_7 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_8'] = x_routing_table__mutmut_8 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_9'] = x_routing_table__mutmut_9 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_10'] = x_routing_table__mutmut_10 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_11'] = x_routing_table__mutmut_11 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_12'] = x_routing_table__mutmut_12 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_13'] = x_routing_table__mutmut_13 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_14'] = x_routing_table__mutmut_14 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_15'] = x_routing_table__mutmut_15 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_16'] = x_routing_table__mutmut_16 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_17'] = x_routing_table__mutmut_17 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_18'] = x_routing_table__mutmut_18 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_19'] = x_routing_table__mutmut_19 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_20'] = x_routing_table__mutmut_20 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_21'] = x_routing_table__mutmut_21 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_22'] = x_routing_table__mutmut_22 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_23'] = x_routing_table__mutmut_23 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_24'] = x_routing_table__mutmut_24 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_25'] = x_routing_table__mutmut_25 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_26'] = x_routing_table__mutmut_26 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_27'] = x_routing_table__mutmut_27 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_28'] = x_routing_table__mutmut_28 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_29'] = x_routing_table__mutmut_29 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_30'] = x_routing_table__mutmut_30 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_31'] = x_routing_table__mutmut_31 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_32'] = x_routing_table__mutmut_32 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_33'] = x_routing_table__mutmut_33 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_34'] = x_routing_table__mutmut_34 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_35'] = x_routing_table__mutmut_35 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_36'] = x_routing_table__mutmut_36 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_37'] = x_routing_table__mutmut_37 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_38'] = x_routing_table__mutmut_38 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_39'] = x_routing_table__mutmut_39 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_40'] = x_routing_table__mutmut_40 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_41'] = x_routing_table__mutmut_41 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_42'] = x_routing_table__mutmut_42 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_43'] = x_routing_table__mutmut_43 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_44'] = x_routing_table__mutmut_44 # type: ignore # mutmut generated
mutants_x_routing_table__mutmut['x_routing_table__mutmut_45'] = x_routing_table__mutmut_45 # type: ignore # mutmut generated


claim("S-ROUTE-1", observes="seed", part="gateway")(routing_table)
mutants_x_gateway_is_docker0__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_gateway_is_docker0__mutmut)
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


def x_gateway_is_docker0__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_gateway_is_docker0__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    bridge = None
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


def x_gateway_is_docker0__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    bridge = seed.during.bridge_link(None)
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


def x_gateway_is_docker0__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    acted(None)
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


def x_gateway_is_docker0__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    docker0_ip = None
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


def x_gateway_is_docker0__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    docker0_ip = bridge.ipv4.address if (bridge and bridge.ipv4) and False else None
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


def x_gateway_is_docker0__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    docker0_ip = bridge.ipv4.address if (bridge and bridge.ipv4) or True else None
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


def x_gateway_is_docker0__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    docker0_ip = bridge.ipv4.address if bridge or bridge.ipv4 else None
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


def x_gateway_is_docker0__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    gateway = None
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


def x_gateway_is_docker0__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    gateway = seed.busybox1.endpoint.get(None)
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


def x_gateway_is_docker0__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    gateway = seed.busybox1.endpoint.get("XXGatewayXX")
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


def x_gateway_is_docker0__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    gateway = seed.busybox1.endpoint.get("gateway")
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


def x_gateway_is_docker0__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    gateway = seed.busybox1.endpoint.get("GATEWAY")
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


def x_gateway_is_docker0__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
        docker0_ip,
        gateway,
        holds=bool(gateway) and gateway == docker0_ip,
    )
    j.expect("gateway", "bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
        gateway,
        holds=bool(gateway) and gateway == docker0_ip,
    )
    j.expect("gateway", "bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
        holds=bool(gateway) and gateway == docker0_ip,
    )
    j.expect("gateway", "bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=None,
    )
    j.expect("gateway", "bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        docker0_ip,
        gateway,
        holds=bool(gateway) and gateway == docker0_ip,
    )
    j.expect("gateway", "bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        gateway,
        holds=bool(gateway) and gateway == docker0_ip,
    )
    j.expect("gateway", "bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=bool(gateway) and gateway == docker0_ip,
    )
    j.expect("gateway", "bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        )
    j.expect("gateway", "bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "XXcontainer_gateway_docker0_addressXX",
        docker0_ip,
        gateway,
        holds=bool(gateway) and gateway == docker0_ip,
    )
    j.expect("gateway", "bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "CONTAINER_GATEWAY_DOCKER0_ADDRESS",
        docker0_ip,
        gateway,
        holds=bool(gateway) and gateway == docker0_ip,
    )
    j.expect("gateway", "bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=bool(gateway) or gateway == docker0_ip,
    )
    j.expect("gateway", "bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=bool(None) and gateway == docker0_ip,
    )
    j.expect("gateway", "bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=bool(gateway) and gateway != docker0_ip,
    )
    j.expect("gateway", "bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect(None, "bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("gateway", None, gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("gateway", "bridge.gateway", None)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("gateway", "bridge.gateway", )
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("XXgatewayXX", "bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("GATEWAY", "bridge.gateway", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("gateway", "XXbridge.gatewayXX", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("gateway", "BRIDGE.GATEWAY", gateway)
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact(None, seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("gateway_answers_ping", None, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, None)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact(seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("gateway_answers_ping", seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 1, )
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("XXgateway_answers_pingXX", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("GATEWAY_ANSWERS_PING", seed.gateway_ping.transmitted or 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted and 1, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("gateway_answers_ping", seed.gateway_ping.transmitted or 2, seed.gateway_ping.received)
    if seed.gateway_ping.lost_while_busy:
        j.note("earlier_ping_to_gateway_was_lost")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note(None)
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("XXearlier_ping_to_gateway_was_lostXX")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("EARLIER_PING_TO_GATEWAY_WAS_LOST")
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(None, seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(seed.gateway_ping.exec.command, None)


def x_gateway_is_docker0__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(seed.gateway_ping.exec.output)


def x_gateway_is_docker0__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(seed.gateway_ping.exec.command, )

mutants_x_gateway_is_docker0__mutmut['_mutmut_orig'] = x_gateway_is_docker0__mutmut_orig # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_1'] = x_gateway_is_docker0__mutmut_1 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_2'] = x_gateway_is_docker0__mutmut_2 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_3'] = x_gateway_is_docker0__mutmut_3 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_4'] = x_gateway_is_docker0__mutmut_4 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_5'] = x_gateway_is_docker0__mutmut_5 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_6'] = x_gateway_is_docker0__mutmut_6 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_7'] = x_gateway_is_docker0__mutmut_7 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_8'] = x_gateway_is_docker0__mutmut_8 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_9'] = x_gateway_is_docker0__mutmut_9 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_10'] = x_gateway_is_docker0__mutmut_10 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_11'] = x_gateway_is_docker0__mutmut_11 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_12'] = x_gateway_is_docker0__mutmut_12 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_13'] = x_gateway_is_docker0__mutmut_13 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_14'] = x_gateway_is_docker0__mutmut_14 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_15'] = x_gateway_is_docker0__mutmut_15 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_16'] = x_gateway_is_docker0__mutmut_16 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_17'] = x_gateway_is_docker0__mutmut_17 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_18'] = x_gateway_is_docker0__mutmut_18 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_19'] = x_gateway_is_docker0__mutmut_19 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_20'] = x_gateway_is_docker0__mutmut_20 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_21'] = x_gateway_is_docker0__mutmut_21 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_22'] = x_gateway_is_docker0__mutmut_22 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_23'] = x_gateway_is_docker0__mutmut_23 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_24'] = x_gateway_is_docker0__mutmut_24 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_25'] = x_gateway_is_docker0__mutmut_25 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_26'] = x_gateway_is_docker0__mutmut_26 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_27'] = x_gateway_is_docker0__mutmut_27 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_28'] = x_gateway_is_docker0__mutmut_28 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_29'] = x_gateway_is_docker0__mutmut_29 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_30'] = x_gateway_is_docker0__mutmut_30 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_31'] = x_gateway_is_docker0__mutmut_31 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_32'] = x_gateway_is_docker0__mutmut_32 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_33'] = x_gateway_is_docker0__mutmut_33 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_34'] = x_gateway_is_docker0__mutmut_34 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_35'] = x_gateway_is_docker0__mutmut_35 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_36'] = x_gateway_is_docker0__mutmut_36 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_37'] = x_gateway_is_docker0__mutmut_37 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_38'] = x_gateway_is_docker0__mutmut_38 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_39'] = x_gateway_is_docker0__mutmut_39 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_40'] = x_gateway_is_docker0__mutmut_40 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_41'] = x_gateway_is_docker0__mutmut_41 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_42'] = x_gateway_is_docker0__mutmut_42 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_43'] = x_gateway_is_docker0__mutmut_43 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_44'] = x_gateway_is_docker0__mutmut_44 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_45'] = x_gateway_is_docker0__mutmut_45 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_46'] = x_gateway_is_docker0__mutmut_46 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_47'] = x_gateway_is_docker0__mutmut_47 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_48'] = x_gateway_is_docker0__mutmut_48 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_49'] = x_gateway_is_docker0__mutmut_49 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_50'] = x_gateway_is_docker0__mutmut_50 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_51'] = x_gateway_is_docker0__mutmut_51 # type: ignore # mutmut generated
mutants_x_gateway_is_docker0__mutmut['x_gateway_is_docker0__mutmut_52'] = x_gateway_is_docker0__mutmut_52 # type: ignore # mutmut generated


claim("S-ROUTE-2", observes="seed", part="gateway")(gateway_is_docker0)
