"""S-INST-*, S-NET-1: what installing (and running) the engine puts on the host."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.judges.shared import seen_keys
from docker_conformance.conformance.model.seed import SeedObservation

family(__name__, "INST", "Installing Docker", "도커 설치")
family(__name__, "NET", "Installing Docker", "도커 설치")

SEED_NETWORKS = ("bridge", "host", "none")  # what `docker network ls` shows in the seed


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@claim("S-INST-1", observes="seed", part="bridge")
def docker0_exists(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A running engine creates a host interface named docker0.

    Documented: {bridge.device} present (with no container: {bridge.idle})
    Ko documented: {bridge.device} 있음 (컨테이너가 없을 때: {bridge.idle})
    By hand: ip addr show docker0
    Title: A running engine creates {bridge.device} on the host
    Ko: 엔진이 실행되면 호스트에 docker0라는 인터페이스가 생긴다.
    Ko title: 실행 중인 엔진이 호스트에 {bridge.device}를 만든다
    Seed: Docker를 설치한 후 Host의 네트워크 인터페이스를 살펴보면 docker0라는 가상 인터페이스가 생긴다.
    """
    shot = seed.bridge_shot(profile.bridge.device)
    present = shot.host.interface(profile.bridge.device)
    j.expect("bridge_device_on_host", "bridge.device", present.name if present else None)
    idle = "present" if seed.before.bridge_link(profile.bridge.device) else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


@claim("S-INST-2", observes="seed", part="bridge")
def docker0_is_the_bridge_network(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """docker0 is a Linux bridge and it is the device of the network named bridge (driver bridge).

    Documented: link kind {bridge.driver}; network option com.docker.network.bridge.name = {bridge.device}
    Ko documented: 링크 종류 {bridge.driver}; 네트워크 옵션 com.docker.network.bridge.name = {bridge.device}
    By hand: ip -d link show docker0; docker network inspect bridge
    Title: {bridge.device} is a Linux bridge behind the network {bridge.network}
    Ko: docker0는 리눅스 브리지이며, bridge라는 이름의 네트워크(드라이버 bridge)의 장치다.
    Ko title: {bridge.device}는 {bridge.network} 네트워크 뒤에 있는 리눅스 브리지다
    Seed: docker0는 일반적인 가상 인터페이스가 아니며 도커가 자체적으로 제공하는
        네트워크 드라이버 중 브리지(Bridge)에 해당한다.
    """
    shot = seed.bridge_shot(profile.bridge.device)
    link = shot.host.interface(profile.bridge.device)
    j.expect("link_kind", "bridge.driver", link.kind if link else None)
    j.expect("network_driver", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


@claim("S-NET-1", observes="seed")
def three_builtin_networks(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The engine provides exactly three built-in networks.

    Documented: bridge/bridge/local, host/host/local, none/null/local (user-defined networks may be listed
        too)
    Ko documented: bridge/bridge/local, host/host/local, none/null/local (사용자 정의 네트워크가 함께 나와도
        된다)
    By hand: docker network ls
    Title: docker network ls shows the built-in networks bridge, host and none
    Ko: 엔진은 기본 네트워크를 정확히 세 개 제공한다.
    Ko title: docker network ls에 기본 네트워크 bridge, host, none이 보인다
    Seed: 도커에서 사용할 수 있는 네트워크 종류는 브리지(bridge), 호스트(host), 논(none) 등이 있다.
    """
    builtin = {n.name for n in profile.networks.builtin}
    for network in seed.networks:
        seen_keys("a network of docker network ls", network, "Id", "Name", "Driver", "Scope")
    j.exactly(
        "built_in_networks_name_driver_scope",
        ((n.name, n.driver, n.scope) for n in profile.networks.builtin),
        ((n["Name"], n["Driver"], n["Scope"]) for n in seed.networks if n["Name"] in builtin),
    )
    listed = sorted(n["Name"] for n in seed.networks if n["Name"] in SEED_NETWORKS)
    j.expect(
        "built_in_networks_listed",
        "networks.builtin",
        tuple(listed),
        via=lambda nets: tuple(sorted(n.name for n in nets)),
    )
    if others := sorted(n["Name"] for n in seed.networks if n["Name"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )
