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
mutants_x_docker0_exists__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_docker0_exists__mutmut)
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


def x_docker0_exists__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_docker0_exists__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A running engine creates a host interface named docker0.

    Documented: {bridge.device} present (with no container: {bridge.idle})
    Ko documented: {bridge.device} 있음 (컨테이너가 없을 때: {bridge.idle})
    By hand: ip addr show docker0
    Title: A running engine creates {bridge.device} on the host
    Ko: 엔진이 실행되면 호스트에 docker0라는 인터페이스가 생긴다.
    Ko title: 실행 중인 엔진이 호스트에 {bridge.device}를 만든다
    Seed: Docker를 설치한 후 Host의 네트워크 인터페이스를 살펴보면 docker0라는 가상 인터페이스가 생긴다.
    """
    shot = None
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


def x_docker0_exists__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A running engine creates a host interface named docker0.

    Documented: {bridge.device} present (with no container: {bridge.idle})
    Ko documented: {bridge.device} 있음 (컨테이너가 없을 때: {bridge.idle})
    By hand: ip addr show docker0
    Title: A running engine creates {bridge.device} on the host
    Ko: 엔진이 실행되면 호스트에 docker0라는 인터페이스가 생긴다.
    Ko title: 실행 중인 엔진이 호스트에 {bridge.device}를 만든다
    Seed: Docker를 설치한 후 Host의 네트워크 인터페이스를 살펴보면 docker0라는 가상 인터페이스가 생긴다.
    """
    shot = seed.bridge_shot(None)
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


def x_docker0_exists__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    present = None
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


def x_docker0_exists__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    present = shot.host.interface(None)
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


def x_docker0_exists__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect(None, "bridge.device", present.name if present else None)
    idle = "present" if seed.before.bridge_link(profile.bridge.device) else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge_device_on_host", None, present.name if present else None)
    idle = "present" if seed.before.bridge_link(profile.bridge.device) else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge_device_on_host", "bridge.device", None)
    idle = "present" if seed.before.bridge_link(profile.bridge.device) else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge.device", present.name if present else None)
    idle = "present" if seed.before.bridge_link(profile.bridge.device) else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge_device_on_host", present.name if present else None)
    idle = "present" if seed.before.bridge_link(profile.bridge.device) else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge_device_on_host", "bridge.device", )
    idle = "present" if seed.before.bridge_link(profile.bridge.device) else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("XXbridge_device_on_hostXX", "bridge.device", present.name if present else None)
    idle = "present" if seed.before.bridge_link(profile.bridge.device) else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("BRIDGE_DEVICE_ON_HOST", "bridge.device", present.name if present else None)
    idle = "present" if seed.before.bridge_link(profile.bridge.device) else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge_device_on_host", "XXbridge.deviceXX", present.name if present else None)
    idle = "present" if seed.before.bridge_link(profile.bridge.device) else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge_device_on_host", "BRIDGE.DEVICE", present.name if present else None)
    idle = "present" if seed.before.bridge_link(profile.bridge.device) else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge_device_on_host", "bridge.device", present.name if (present) and False else None)
    idle = "present" if seed.before.bridge_link(profile.bridge.device) else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge_device_on_host", "bridge.device", present.name if (present) or True else None)
    idle = "present" if seed.before.bridge_link(profile.bridge.device) else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    idle = None
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    idle = "present" if (seed.before.bridge_link(profile.bridge.device)) and False else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    idle = "present" if (seed.before.bridge_link(profile.bridge.device)) or True else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    idle = "XXpresentXX" if seed.before.bridge_link(profile.bridge.device) else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    idle = "PRESENT" if seed.before.bridge_link(profile.bridge.device) else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    idle = "present" if seed.before.bridge_link(None) else "absent"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    idle = "present" if seed.before.bridge_link(profile.bridge.device) else "XXabsentXX"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    idle = "present" if seed.before.bridge_link(profile.bridge.device) else "ABSENT"
    j.expect(
        "bridge_before_any_container",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=None,
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=None,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "XXbridge_before_any_containerXX",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "BRIDGE_BEFORE_ANY_CONTAINER",
        "bridge.idle",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "XXbridge.idleXX",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "BRIDGE.IDLE",
        idle,
        holds=idle == profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=idle == profile.bridge.idle and profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=idle != profile.bridge.idle or profile.bridge.idle == "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=idle == profile.bridge.idle or profile.bridge.idle != "first-use",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=idle == profile.bridge.idle or profile.bridge.idle == "XXfirst-useXX",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=idle == profile.bridge.idle or profile.bridge.idle == "FIRST-USE",
        via=lambda when: "absent, or present once a container has run" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda when: None,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda when: "absent, or present once a container has run" if (when == "first-use") and False else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda when: "absent, or present once a container has run" if (when == "first-use") or True else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda when: "XXabsent, or present once a container has runXX" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda when: "ABSENT, OR PRESENT ONCE A CONTAINER HAS RUN" if when == "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda when: "absent, or present once a container has run" if when != "first-use" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda when: "absent, or present once a container has run" if when == "XXfirst-useXX" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda when: "absent, or present once a container has run" if when == "FIRST-USE" else when,
    )
    j.attach("host links (netlink)", shot.host.dump())


def x_docker0_exists__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(None, shot.host.dump())


def x_docker0_exists__mutmut_53(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("host links (netlink)", None)


def x_docker0_exists__mutmut_54(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(shot.host.dump())


def x_docker0_exists__mutmut_55(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("host links (netlink)", )


def x_docker0_exists__mutmut_56(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("XXhost links (netlink)XX", shot.host.dump())


def x_docker0_exists__mutmut_57(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("HOST LINKS (NETLINK)", shot.host.dump())

mutants_x_docker0_exists__mutmut['_mutmut_orig'] = x_docker0_exists__mutmut_orig # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_1'] = x_docker0_exists__mutmut_1 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_2'] = x_docker0_exists__mutmut_2 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_3'] = x_docker0_exists__mutmut_3 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_4'] = x_docker0_exists__mutmut_4 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_5'] = x_docker0_exists__mutmut_5 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_6'] = x_docker0_exists__mutmut_6 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_7'] = x_docker0_exists__mutmut_7 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_8'] = x_docker0_exists__mutmut_8 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_9'] = x_docker0_exists__mutmut_9 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_10'] = x_docker0_exists__mutmut_10 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_11'] = x_docker0_exists__mutmut_11 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_12'] = x_docker0_exists__mutmut_12 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_13'] = x_docker0_exists__mutmut_13 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_14'] = x_docker0_exists__mutmut_14 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_15'] = x_docker0_exists__mutmut_15 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_16'] = x_docker0_exists__mutmut_16 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_17'] = x_docker0_exists__mutmut_17 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_18'] = x_docker0_exists__mutmut_18 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_19'] = x_docker0_exists__mutmut_19 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_20'] = x_docker0_exists__mutmut_20 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_21'] = x_docker0_exists__mutmut_21 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_22'] = x_docker0_exists__mutmut_22 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_23'] = x_docker0_exists__mutmut_23 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_24'] = x_docker0_exists__mutmut_24 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_25'] = x_docker0_exists__mutmut_25 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_26'] = x_docker0_exists__mutmut_26 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_27'] = x_docker0_exists__mutmut_27 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_28'] = x_docker0_exists__mutmut_28 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_29'] = x_docker0_exists__mutmut_29 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_30'] = x_docker0_exists__mutmut_30 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_31'] = x_docker0_exists__mutmut_31 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_32'] = x_docker0_exists__mutmut_32 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_33'] = x_docker0_exists__mutmut_33 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_34'] = x_docker0_exists__mutmut_34 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_35'] = x_docker0_exists__mutmut_35 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_36'] = x_docker0_exists__mutmut_36 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_37'] = x_docker0_exists__mutmut_37 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_38'] = x_docker0_exists__mutmut_38 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_39'] = x_docker0_exists__mutmut_39 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_40'] = x_docker0_exists__mutmut_40 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_41'] = x_docker0_exists__mutmut_41 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_42'] = x_docker0_exists__mutmut_42 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_43'] = x_docker0_exists__mutmut_43 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_44'] = x_docker0_exists__mutmut_44 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_45'] = x_docker0_exists__mutmut_45 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_46'] = x_docker0_exists__mutmut_46 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_47'] = x_docker0_exists__mutmut_47 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_48'] = x_docker0_exists__mutmut_48 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_49'] = x_docker0_exists__mutmut_49 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_50'] = x_docker0_exists__mutmut_50 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_51'] = x_docker0_exists__mutmut_51 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_52'] = x_docker0_exists__mutmut_52 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_53'] = x_docker0_exists__mutmut_53 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_54'] = x_docker0_exists__mutmut_54 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_55'] = x_docker0_exists__mutmut_55 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_56'] = x_docker0_exists__mutmut_56 # type: ignore # mutmut generated
mutants_x_docker0_exists__mutmut['x_docker0_exists__mutmut_57'] = x_docker0_exists__mutmut_57 # type: ignore # mutmut generated


claim("S-INST-1", observes="seed", part="bridge")(docker0_exists)
mutants_x_docker0_is_the_bridge_network__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_docker0_is_the_bridge_network__mutmut)
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


def x_docker0_is_the_bridge_network__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_docker0_is_the_bridge_network__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    shot = None
    link = shot.host.interface(profile.bridge.device)
    j.expect("link_kind", "bridge.driver", link.kind if link else None)
    j.expect("network_driver", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    shot = seed.bridge_shot(None)
    link = shot.host.interface(profile.bridge.device)
    j.expect("link_kind", "bridge.driver", link.kind if link else None)
    j.expect("network_driver", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    link = None
    j.expect("link_kind", "bridge.driver", link.kind if link else None)
    j.expect("network_driver", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    link = shot.host.interface(None)
    j.expect("link_kind", "bridge.driver", link.kind if link else None)
    j.expect("network_driver", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect(None, "bridge.driver", link.kind if link else None)
    j.expect("network_driver", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("link_kind", None, link.kind if link else None)
    j.expect("network_driver", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("link_kind", "bridge.driver", None)
    j.expect("network_driver", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge.driver", link.kind if link else None)
    j.expect("network_driver", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("link_kind", link.kind if link else None)
    j.expect("network_driver", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("link_kind", "bridge.driver", )
    j.expect("network_driver", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("XXlink_kindXX", "bridge.driver", link.kind if link else None)
    j.expect("network_driver", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("LINK_KIND", "bridge.driver", link.kind if link else None)
    j.expect("network_driver", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("link_kind", "XXbridge.driverXX", link.kind if link else None)
    j.expect("network_driver", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("link_kind", "BRIDGE.DRIVER", link.kind if link else None)
    j.expect("network_driver", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("link_kind", "bridge.driver", link.kind if (link) and False else None)
    j.expect("network_driver", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("link_kind", "bridge.driver", link.kind if (link) or True else None)
    j.expect("network_driver", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect(None, "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("network_driver", None, shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("network_driver", "bridge.driver", None)
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("network_driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("network_driver", "bridge.driver", )
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("XXnetwork_driverXX", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("NETWORK_DRIVER", "bridge.driver", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("network_driver", "XXbridge.driverXX", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("network_driver", "BRIDGE.DRIVER", shot.bridge.get("Driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("network_driver", "bridge.driver", shot.bridge.get(None))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("network_driver", "bridge.driver", shot.bridge.get("XXDriverXX"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("network_driver", "bridge.driver", shot.bridge.get("driver"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("network_driver", "bridge.driver", shot.bridge.get("DRIVER"))
    j.expect("network_bridge_device", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect(None, "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("network_bridge_device", None, shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("network_bridge_device", "bridge.device", None)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("network_bridge_device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("network_bridge_device", "bridge.device", )
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("XXnetwork_bridge_deviceXX", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("NETWORK_BRIDGE_DEVICE", "bridge.device", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("network_bridge_device", "XXbridge.deviceXX", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("network_bridge_device", "BRIDGE.DEVICE", shot.device)
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(None, str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("docker network inspect bridge (Options)", None)


def x_docker0_is_the_bridge_network__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("docker network inspect bridge (Options)", )


def x_docker0_is_the_bridge_network__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("XXdocker network inspect bridge (Options)XX", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("docker network inspect bridge (options)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("DOCKER NETWORK INSPECT BRIDGE (OPTIONS)", str(shot.bridge.get("Options")))


def x_docker0_is_the_bridge_network__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("docker network inspect bridge (Options)", str(None))


def x_docker0_is_the_bridge_network__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get(None)))


def x_docker0_is_the_bridge_network__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("XXOptionsXX")))


def x_docker0_is_the_bridge_network__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("options")))


def x_docker0_is_the_bridge_network__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("docker network inspect bridge (Options)", str(shot.bridge.get("OPTIONS")))

mutants_x_docker0_is_the_bridge_network__mutmut['_mutmut_orig'] = x_docker0_is_the_bridge_network__mutmut_orig # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_1'] = x_docker0_is_the_bridge_network__mutmut_1 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_2'] = x_docker0_is_the_bridge_network__mutmut_2 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_3'] = x_docker0_is_the_bridge_network__mutmut_3 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_4'] = x_docker0_is_the_bridge_network__mutmut_4 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_5'] = x_docker0_is_the_bridge_network__mutmut_5 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_6'] = x_docker0_is_the_bridge_network__mutmut_6 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_7'] = x_docker0_is_the_bridge_network__mutmut_7 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_8'] = x_docker0_is_the_bridge_network__mutmut_8 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_9'] = x_docker0_is_the_bridge_network__mutmut_9 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_10'] = x_docker0_is_the_bridge_network__mutmut_10 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_11'] = x_docker0_is_the_bridge_network__mutmut_11 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_12'] = x_docker0_is_the_bridge_network__mutmut_12 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_13'] = x_docker0_is_the_bridge_network__mutmut_13 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_14'] = x_docker0_is_the_bridge_network__mutmut_14 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_15'] = x_docker0_is_the_bridge_network__mutmut_15 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_16'] = x_docker0_is_the_bridge_network__mutmut_16 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_17'] = x_docker0_is_the_bridge_network__mutmut_17 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_18'] = x_docker0_is_the_bridge_network__mutmut_18 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_19'] = x_docker0_is_the_bridge_network__mutmut_19 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_20'] = x_docker0_is_the_bridge_network__mutmut_20 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_21'] = x_docker0_is_the_bridge_network__mutmut_21 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_22'] = x_docker0_is_the_bridge_network__mutmut_22 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_23'] = x_docker0_is_the_bridge_network__mutmut_23 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_24'] = x_docker0_is_the_bridge_network__mutmut_24 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_25'] = x_docker0_is_the_bridge_network__mutmut_25 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_26'] = x_docker0_is_the_bridge_network__mutmut_26 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_27'] = x_docker0_is_the_bridge_network__mutmut_27 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_28'] = x_docker0_is_the_bridge_network__mutmut_28 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_29'] = x_docker0_is_the_bridge_network__mutmut_29 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_30'] = x_docker0_is_the_bridge_network__mutmut_30 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_31'] = x_docker0_is_the_bridge_network__mutmut_31 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_32'] = x_docker0_is_the_bridge_network__mutmut_32 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_33'] = x_docker0_is_the_bridge_network__mutmut_33 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_34'] = x_docker0_is_the_bridge_network__mutmut_34 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_35'] = x_docker0_is_the_bridge_network__mutmut_35 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_36'] = x_docker0_is_the_bridge_network__mutmut_36 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_37'] = x_docker0_is_the_bridge_network__mutmut_37 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_38'] = x_docker0_is_the_bridge_network__mutmut_38 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_39'] = x_docker0_is_the_bridge_network__mutmut_39 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_40'] = x_docker0_is_the_bridge_network__mutmut_40 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_41'] = x_docker0_is_the_bridge_network__mutmut_41 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_42'] = x_docker0_is_the_bridge_network__mutmut_42 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_43'] = x_docker0_is_the_bridge_network__mutmut_43 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_44'] = x_docker0_is_the_bridge_network__mutmut_44 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_45'] = x_docker0_is_the_bridge_network__mutmut_45 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_46'] = x_docker0_is_the_bridge_network__mutmut_46 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_47'] = x_docker0_is_the_bridge_network__mutmut_47 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_48'] = x_docker0_is_the_bridge_network__mutmut_48 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_49'] = x_docker0_is_the_bridge_network__mutmut_49 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_50'] = x_docker0_is_the_bridge_network__mutmut_50 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_51'] = x_docker0_is_the_bridge_network__mutmut_51 # type: ignore # mutmut generated
mutants_x_docker0_is_the_bridge_network__mutmut['x_docker0_is_the_bridge_network__mutmut_52'] = x_docker0_is_the_bridge_network__mutmut_52 # type: ignore # mutmut generated


claim("S-INST-2", observes="seed", part="bridge")(docker0_is_the_bridge_network)
mutants_x_three_builtin_networks__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_three_builtin_networks__mutmut)
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


def x_three_builtin_networks__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_three_builtin_networks__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    builtin = None
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


def x_three_builtin_networks__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys(None, network, "Id", "Name", "Driver", "Scope")
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


def x_three_builtin_networks__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", None, "Id", "Name", "Driver", "Scope")
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


def x_three_builtin_networks__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, None, "Name", "Driver", "Scope")
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


def x_three_builtin_networks__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "Id", None, "Driver", "Scope")
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


def x_three_builtin_networks__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "Id", "Name", None, "Scope")
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


def x_three_builtin_networks__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "Id", "Name", "Driver", None)
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


def x_three_builtin_networks__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys(network, "Id", "Name", "Driver", "Scope")
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


def x_three_builtin_networks__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", "Id", "Name", "Driver", "Scope")
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


def x_three_builtin_networks__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "Name", "Driver", "Scope")
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


def x_three_builtin_networks__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "Id", "Driver", "Scope")
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


def x_three_builtin_networks__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "Id", "Name", "Scope")
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


def x_three_builtin_networks__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "Id", "Name", "Driver", )
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


def x_three_builtin_networks__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("XXa network of docker network lsXX", network, "Id", "Name", "Driver", "Scope")
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


def x_three_builtin_networks__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("A NETWORK OF DOCKER NETWORK LS", network, "Id", "Name", "Driver", "Scope")
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


def x_three_builtin_networks__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "XXIdXX", "Name", "Driver", "Scope")
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


def x_three_builtin_networks__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "id", "Name", "Driver", "Scope")
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


def x_three_builtin_networks__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "ID", "Name", "Driver", "Scope")
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


def x_three_builtin_networks__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "Id", "XXNameXX", "Driver", "Scope")
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


def x_three_builtin_networks__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "Id", "name", "Driver", "Scope")
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


def x_three_builtin_networks__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "Id", "NAME", "Driver", "Scope")
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


def x_three_builtin_networks__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "Id", "Name", "XXDriverXX", "Scope")
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


def x_three_builtin_networks__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "Id", "Name", "driver", "Scope")
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


def x_three_builtin_networks__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "Id", "Name", "DRIVER", "Scope")
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


def x_three_builtin_networks__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "Id", "Name", "Driver", "XXScopeXX")
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


def x_three_builtin_networks__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "Id", "Name", "Driver", "scope")
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


def x_three_builtin_networks__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        seen_keys("a network of docker network ls", network, "Id", "Name", "Driver", "SCOPE")
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


def x_three_builtin_networks__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
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


def x_three_builtin_networks__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
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


def x_three_builtin_networks__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
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


def x_three_builtin_networks__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_three_builtin_networks__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_three_builtin_networks__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_three_builtin_networks__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "XXbuilt_in_networks_name_driver_scopeXX",
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


def x_three_builtin_networks__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "BUILT_IN_NETWORKS_NAME_DRIVER_SCOPE",
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


def x_three_builtin_networks__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        ((n["XXNameXX"], n["Driver"], n["Scope"]) for n in seed.networks if n["Name"] in builtin),
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


def x_three_builtin_networks__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        ((n["name"], n["Driver"], n["Scope"]) for n in seed.networks if n["Name"] in builtin),
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


def x_three_builtin_networks__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        ((n["NAME"], n["Driver"], n["Scope"]) for n in seed.networks if n["Name"] in builtin),
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


def x_three_builtin_networks__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        ((n["Name"], n["XXDriverXX"], n["Scope"]) for n in seed.networks if n["Name"] in builtin),
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


def x_three_builtin_networks__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        ((n["Name"], n["driver"], n["Scope"]) for n in seed.networks if n["Name"] in builtin),
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


def x_three_builtin_networks__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        ((n["Name"], n["DRIVER"], n["Scope"]) for n in seed.networks if n["Name"] in builtin),
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


def x_three_builtin_networks__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        ((n["Name"], n["Driver"], n["XXScopeXX"]) for n in seed.networks if n["Name"] in builtin),
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


def x_three_builtin_networks__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        ((n["Name"], n["Driver"], n["scope"]) for n in seed.networks if n["Name"] in builtin),
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


def x_three_builtin_networks__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        ((n["Name"], n["Driver"], n["SCOPE"]) for n in seed.networks if n["Name"] in builtin),
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


def x_three_builtin_networks__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        ((n["Name"], n["Driver"], n["Scope"]) for n in seed.networks if n["XXNameXX"] in builtin),
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


def x_three_builtin_networks__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        ((n["Name"], n["Driver"], n["Scope"]) for n in seed.networks if n["name"] in builtin),
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


def x_three_builtin_networks__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        ((n["Name"], n["Driver"], n["Scope"]) for n in seed.networks if n["NAME"] in builtin),
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


def x_three_builtin_networks__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        ((n["Name"], n["Driver"], n["Scope"]) for n in seed.networks if n["Name"] not in builtin),
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


def x_three_builtin_networks__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    listed = None
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


def x_three_builtin_networks__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    listed = sorted(None)
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


def x_three_builtin_networks__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    listed = sorted(n["XXNameXX"] for n in seed.networks if n["Name"] in SEED_NETWORKS)
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


def x_three_builtin_networks__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    listed = sorted(n["name"] for n in seed.networks if n["Name"] in SEED_NETWORKS)
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


def x_three_builtin_networks__mutmut_53(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    listed = sorted(n["NAME"] for n in seed.networks if n["Name"] in SEED_NETWORKS)
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


def x_three_builtin_networks__mutmut_54(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    listed = sorted(n["Name"] for n in seed.networks if n["XXNameXX"] in SEED_NETWORKS)
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


def x_three_builtin_networks__mutmut_55(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    listed = sorted(n["Name"] for n in seed.networks if n["name"] in SEED_NETWORKS)
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


def x_three_builtin_networks__mutmut_56(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    listed = sorted(n["Name"] for n in seed.networks if n["NAME"] in SEED_NETWORKS)
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


def x_three_builtin_networks__mutmut_57(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    listed = sorted(n["Name"] for n in seed.networks if n["Name"] not in SEED_NETWORKS)
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


def x_three_builtin_networks__mutmut_58(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
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


def x_three_builtin_networks__mutmut_59(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
        tuple(listed),
        via=lambda nets: tuple(sorted(n.name for n in nets)),
    )
    if others := sorted(n["Name"] for n in seed.networks if n["Name"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_60(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
        via=lambda nets: tuple(sorted(n.name for n in nets)),
    )
    if others := sorted(n["Name"] for n in seed.networks if n["Name"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_61(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=None,
    )
    if others := sorted(n["Name"] for n in seed.networks if n["Name"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_62(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_three_builtin_networks__mutmut_63(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        tuple(listed),
        via=lambda nets: tuple(sorted(n.name for n in nets)),
    )
    if others := sorted(n["Name"] for n in seed.networks if n["Name"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_64(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda nets: tuple(sorted(n.name for n in nets)),
    )
    if others := sorted(n["Name"] for n in seed.networks if n["Name"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_65(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        )
    if others := sorted(n["Name"] for n in seed.networks if n["Name"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_66(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "XXbuilt_in_networks_listedXX",
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


def x_three_builtin_networks__mutmut_67(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "BUILT_IN_NETWORKS_LISTED",
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


def x_three_builtin_networks__mutmut_68(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "XXnetworks.builtinXX",
        tuple(listed),
        via=lambda nets: tuple(sorted(n.name for n in nets)),
    )
    if others := sorted(n["Name"] for n in seed.networks if n["Name"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_69(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "NETWORKS.BUILTIN",
        tuple(listed),
        via=lambda nets: tuple(sorted(n.name for n in nets)),
    )
    if others := sorted(n["Name"] for n in seed.networks if n["Name"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_70(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        tuple(None),
        via=lambda nets: tuple(sorted(n.name for n in nets)),
    )
    if others := sorted(n["Name"] for n in seed.networks if n["Name"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_71(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda nets: None,
    )
    if others := sorted(n["Name"] for n in seed.networks if n["Name"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_72(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda nets: tuple(None),
    )
    if others := sorted(n["Name"] for n in seed.networks if n["Name"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_73(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda nets: tuple(sorted(None)),
    )
    if others := sorted(n["Name"] for n in seed.networks if n["Name"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_74(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    if others := sorted(None):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_75(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    if others := sorted(n["XXNameXX"] for n in seed.networks if n["Name"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_76(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    if others := sorted(n["name"] for n in seed.networks if n["Name"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_77(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    if others := sorted(n["NAME"] for n in seed.networks if n["Name"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_78(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    if others := sorted(n["Name"] for n in seed.networks if n["XXNameXX"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_79(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    if others := sorted(n["Name"] for n in seed.networks if n["name"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_80(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    if others := sorted(n["Name"] for n in seed.networks if n["NAME"] not in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_81(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    if others := sorted(n["Name"] for n in seed.networks if n["Name"] in builtin):
        j.note("user_defined_networks_also_listed", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_82(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note(None, others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_83(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("user_defined_networks_also_listed", others=None)
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_84(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note(others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_85(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("user_defined_networks_also_listed", )
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_86(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("XXuser_defined_networks_also_listedXX", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_87(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("USER_DEFINED_NETWORKS_ALSO_LISTED", others=", ".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_88(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("user_defined_networks_also_listed", others=", ".join(None))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_89(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("user_defined_networks_also_listed", others="XX, XX".join(others))
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_90(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_91(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
    )


def x_three_builtin_networks__mutmut_92(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_93(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        )


def x_three_builtin_networks__mutmut_94(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "XXdocker network lsXX",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_95(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "DOCKER NETWORK LS",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_96(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "\n".join(None),
    )


def x_three_builtin_networks__mutmut_97(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "XX\nXX".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_98(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "\n".join(f"{n['XXIdXX'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_99(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "\n".join(f"{n['id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_100(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "\n".join(f"{n['ID'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_101(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "\n".join(f"{n['Id'][:13]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_102(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "\n".join(f"{n['Id'][:12]}  {n['XXNameXX']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_103(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "\n".join(f"{n['Id'][:12]}  {n['name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_104(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "\n".join(f"{n['Id'][:12]}  {n['NAME']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_105(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['XXDriverXX']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_106(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['driver']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_107(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['DRIVER']:<10} {n['Scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_108(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['XXScopeXX']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_109(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['scope']}" for n in seed.networks),
    )


def x_three_builtin_networks__mutmut_110(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['SCOPE']}" for n in seed.networks),
    )

mutants_x_three_builtin_networks__mutmut['_mutmut_orig'] = x_three_builtin_networks__mutmut_orig # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_1'] = x_three_builtin_networks__mutmut_1 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_2'] = x_three_builtin_networks__mutmut_2 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_3'] = x_three_builtin_networks__mutmut_3 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_4'] = x_three_builtin_networks__mutmut_4 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_5'] = x_three_builtin_networks__mutmut_5 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_6'] = x_three_builtin_networks__mutmut_6 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_7'] = x_three_builtin_networks__mutmut_7 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_8'] = x_three_builtin_networks__mutmut_8 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_9'] = x_three_builtin_networks__mutmut_9 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_10'] = x_three_builtin_networks__mutmut_10 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_11'] = x_three_builtin_networks__mutmut_11 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_12'] = x_three_builtin_networks__mutmut_12 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_13'] = x_three_builtin_networks__mutmut_13 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_14'] = x_three_builtin_networks__mutmut_14 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_15'] = x_three_builtin_networks__mutmut_15 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_16'] = x_three_builtin_networks__mutmut_16 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_17'] = x_three_builtin_networks__mutmut_17 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_18'] = x_three_builtin_networks__mutmut_18 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_19'] = x_three_builtin_networks__mutmut_19 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_20'] = x_three_builtin_networks__mutmut_20 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_21'] = x_three_builtin_networks__mutmut_21 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_22'] = x_three_builtin_networks__mutmut_22 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_23'] = x_three_builtin_networks__mutmut_23 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_24'] = x_three_builtin_networks__mutmut_24 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_25'] = x_three_builtin_networks__mutmut_25 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_26'] = x_three_builtin_networks__mutmut_26 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_27'] = x_three_builtin_networks__mutmut_27 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_28'] = x_three_builtin_networks__mutmut_28 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_29'] = x_three_builtin_networks__mutmut_29 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_30'] = x_three_builtin_networks__mutmut_30 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_31'] = x_three_builtin_networks__mutmut_31 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_32'] = x_three_builtin_networks__mutmut_32 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_33'] = x_three_builtin_networks__mutmut_33 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_34'] = x_three_builtin_networks__mutmut_34 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_35'] = x_three_builtin_networks__mutmut_35 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_36'] = x_three_builtin_networks__mutmut_36 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_37'] = x_three_builtin_networks__mutmut_37 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_38'] = x_three_builtin_networks__mutmut_38 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_39'] = x_three_builtin_networks__mutmut_39 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_40'] = x_three_builtin_networks__mutmut_40 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_41'] = x_three_builtin_networks__mutmut_41 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_42'] = x_three_builtin_networks__mutmut_42 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_43'] = x_three_builtin_networks__mutmut_43 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_44'] = x_three_builtin_networks__mutmut_44 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_45'] = x_three_builtin_networks__mutmut_45 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_46'] = x_three_builtin_networks__mutmut_46 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_47'] = x_three_builtin_networks__mutmut_47 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_48'] = x_three_builtin_networks__mutmut_48 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_49'] = x_three_builtin_networks__mutmut_49 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_50'] = x_three_builtin_networks__mutmut_50 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_51'] = x_three_builtin_networks__mutmut_51 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_52'] = x_three_builtin_networks__mutmut_52 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_53'] = x_three_builtin_networks__mutmut_53 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_54'] = x_three_builtin_networks__mutmut_54 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_55'] = x_three_builtin_networks__mutmut_55 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_56'] = x_three_builtin_networks__mutmut_56 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_57'] = x_three_builtin_networks__mutmut_57 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_58'] = x_three_builtin_networks__mutmut_58 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_59'] = x_three_builtin_networks__mutmut_59 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_60'] = x_three_builtin_networks__mutmut_60 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_61'] = x_three_builtin_networks__mutmut_61 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_62'] = x_three_builtin_networks__mutmut_62 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_63'] = x_three_builtin_networks__mutmut_63 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_64'] = x_three_builtin_networks__mutmut_64 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_65'] = x_three_builtin_networks__mutmut_65 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_66'] = x_three_builtin_networks__mutmut_66 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_67'] = x_three_builtin_networks__mutmut_67 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_68'] = x_three_builtin_networks__mutmut_68 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_69'] = x_three_builtin_networks__mutmut_69 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_70'] = x_three_builtin_networks__mutmut_70 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_71'] = x_three_builtin_networks__mutmut_71 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_72'] = x_three_builtin_networks__mutmut_72 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_73'] = x_three_builtin_networks__mutmut_73 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_74'] = x_three_builtin_networks__mutmut_74 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_75'] = x_three_builtin_networks__mutmut_75 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_76'] = x_three_builtin_networks__mutmut_76 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_77'] = x_three_builtin_networks__mutmut_77 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_78'] = x_three_builtin_networks__mutmut_78 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_79'] = x_three_builtin_networks__mutmut_79 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_80'] = x_three_builtin_networks__mutmut_80 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_81'] = x_three_builtin_networks__mutmut_81 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_82'] = x_three_builtin_networks__mutmut_82 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_83'] = x_three_builtin_networks__mutmut_83 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_84'] = x_three_builtin_networks__mutmut_84 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_85'] = x_three_builtin_networks__mutmut_85 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_86'] = x_three_builtin_networks__mutmut_86 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_87'] = x_three_builtin_networks__mutmut_87 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_88'] = x_three_builtin_networks__mutmut_88 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_89'] = x_three_builtin_networks__mutmut_89 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_90'] = x_three_builtin_networks__mutmut_90 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_91'] = x_three_builtin_networks__mutmut_91 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_92'] = x_three_builtin_networks__mutmut_92 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_93'] = x_three_builtin_networks__mutmut_93 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_94'] = x_three_builtin_networks__mutmut_94 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_95'] = x_three_builtin_networks__mutmut_95 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_96'] = x_three_builtin_networks__mutmut_96 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_97'] = x_three_builtin_networks__mutmut_97 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_98'] = x_three_builtin_networks__mutmut_98 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_99'] = x_three_builtin_networks__mutmut_99 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_100'] = x_three_builtin_networks__mutmut_100 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_101'] = x_three_builtin_networks__mutmut_101 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_102'] = x_three_builtin_networks__mutmut_102 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_103'] = x_three_builtin_networks__mutmut_103 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_104'] = x_three_builtin_networks__mutmut_104 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_105'] = x_three_builtin_networks__mutmut_105 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_106'] = x_three_builtin_networks__mutmut_106 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_107'] = x_three_builtin_networks__mutmut_107 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_108'] = x_three_builtin_networks__mutmut_108 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_109'] = x_three_builtin_networks__mutmut_109 # type: ignore # mutmut generated
mutants_x_three_builtin_networks__mutmut['x_three_builtin_networks__mutmut_110'] = x_three_builtin_networks__mutmut_110 # type: ignore # mutmut generated


claim("S-NET-1", observes="seed")(three_builtin_networks)
