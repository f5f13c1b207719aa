"""S-PING-1: two containers on one bridge reach each other directly."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.judges.shared import acted, direct_reach
from docker_conformance.conformance.model.seed import SeedObservation

family(__name__, "PING", "Container to container", "컨테이너 간 통신")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_containers_reach_each_other__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_containers_reach_each_other__mutmut)
def containers_reach_each_other(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "bridge.icc", seed.ping.received > 0)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "bridge.icc", seed.ping.received > 0)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(None)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "bridge.icc", seed.ping.received > 0)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "bridge.icc", seed.ping.received > 0)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect(None, "bridge.icc", seed.ping.received > 0)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", None, seed.ping.received > 0)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "bridge.icc", None)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("bridge.icc", seed.ping.received > 0)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", seed.ping.received > 0)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "bridge.icc", )
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("XXanswer_across_bridgeXX", "bridge.icc", seed.ping.received > 0)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("ANSWER_ACROSS_BRIDGE", "bridge.icc", seed.ping.received > 0)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "XXbridge.iccXX", seed.ping.received > 0)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "BRIDGE.ICC", seed.ping.received > 0)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "bridge.icc", seed.ping.received >= 0)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "bridge.icc", seed.ping.received > 1)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "bridge.icc", seed.ping.received > 0)
        j.attach(None, seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "bridge.icc", seed.ping.received > 0)
        j.attach(seed.ping.exec.command, None)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "bridge.icc", seed.ping.received > 0)
        j.attach(seed.ping.exec.output)
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "bridge.icc", seed.ping.received > 0)
        j.attach(seed.ping.exec.command, )
        return
    direct_reach(j, seed.ping)


def x_containers_reach_each_other__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "bridge.icc", seed.ping.received > 0)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(None, seed.ping)


def x_containers_reach_each_other__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "bridge.icc", seed.ping.received > 0)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, None)


def x_containers_reach_each_other__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "bridge.icc", seed.ping.received > 0)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(seed.ping)


def x_containers_reach_each_other__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Two containers on the same bridge reach each other directly.

    Documented: ping 0% loss, TTL {container.ttl} (no router between them)
    Ko documented: ping 손실 0%, TTL {container.ttl} (사이에 라우터 없음)
    By hand: docker exec busybox2 ping -c 4 172.17.0.2
    Title: busybox2 reaches busybox1 directly: no loss, TTL {container.ttl}
    Ko: 같은 브리지의 두 컨테이너는 서로 직접 통신한다.
    Ko title: busybox2가 busybox1에 직접 닿는다: 손실 없음, TTL {container.ttl}
    Seed: 두 컨테이너(busybox1, busybox2)는 브리지를 통해 같은 네트워크상에 있기 때문에
        한쪽 컨테이너에서 다른 컨테이너와 통신할 수 있게 된다. / 64 bytes from 172.17.0.2: seq=0 ttl=64
    """
    acted(seed.ping)
    if not profile.bridge.icc:  # `icc: false`: the engine stops traffic between them
        j.expect("answer_across_bridge", "bridge.icc", seed.ping.received > 0)
        j.attach(seed.ping.exec.command, seed.ping.exec.output)
        return
    direct_reach(j, )

mutants_x_containers_reach_each_other__mutmut['_mutmut_orig'] = x_containers_reach_each_other__mutmut_orig # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_1'] = x_containers_reach_each_other__mutmut_1 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_2'] = x_containers_reach_each_other__mutmut_2 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_3'] = x_containers_reach_each_other__mutmut_3 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_4'] = x_containers_reach_each_other__mutmut_4 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_5'] = x_containers_reach_each_other__mutmut_5 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_6'] = x_containers_reach_each_other__mutmut_6 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_7'] = x_containers_reach_each_other__mutmut_7 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_8'] = x_containers_reach_each_other__mutmut_8 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_9'] = x_containers_reach_each_other__mutmut_9 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_10'] = x_containers_reach_each_other__mutmut_10 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_11'] = x_containers_reach_each_other__mutmut_11 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_12'] = x_containers_reach_each_other__mutmut_12 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_13'] = x_containers_reach_each_other__mutmut_13 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_14'] = x_containers_reach_each_other__mutmut_14 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_15'] = x_containers_reach_each_other__mutmut_15 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_16'] = x_containers_reach_each_other__mutmut_16 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_17'] = x_containers_reach_each_other__mutmut_17 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_18'] = x_containers_reach_each_other__mutmut_18 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_19'] = x_containers_reach_each_other__mutmut_19 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_20'] = x_containers_reach_each_other__mutmut_20 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_21'] = x_containers_reach_each_other__mutmut_21 # type: ignore # mutmut generated
mutants_x_containers_reach_each_other__mutmut['x_containers_reach_each_other__mutmut_22'] = x_containers_reach_each_other__mutmut_22 # type: ignore # mutmut generated


claim("S-PING-1", observes="seed", part="ping")(containers_reach_each_other)
