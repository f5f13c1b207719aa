"""S-PING-1: two containers on one bridge reach each other directly."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.judges.shared import acted, direct_reach
from docker_conformance.conformance.model.seed import SeedObservation

family(__name__, "PING", "Container to container", "컨테이너 간 통신")


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


claim("S-PING-1", observes="seed", part="ping")(containers_reach_each_other)
