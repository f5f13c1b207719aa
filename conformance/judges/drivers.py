"""D-HOST-1, D-NONE-1: the host and none drivers, from inside the container and from the host."""

from __future__ import annotations

from conformance.declaration import claim, family
from conformance.judges.shared import note_others
from conformance.model.scenarios import DriverRun
from conformance.profile import Profile
from conformance.verdict import Judgement, busy

family(__name__, "HOST", "Other drivers", "다른 드라이버")
family(__name__, "NONE", "Other drivers", "다른 드라이버")


def _no_new_veth(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact(
        "veths in the container's namespace",
        [],
        [] if run.shares_engine_netns else inside,
        ko="컨테이너 네임스페이스 안의 veth",
    )
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            f"new host veths {', '.join(local_pairs)} not judged: {busy(run.activity, run.attempts)}",
            ko=f"호스트의 새 veth {', '.join(local_pairs)}는 판정하지 않았다: "
            f"{busy(run.activity, run.attempts, 'ko')}",
        )
    else:
        j.fact(
            "new host veths whose peer is on the host",
            [],
            local_pairs,
            ko="짝이 호스트에 있는 새 호스트 veth",
        )
    note_others(j, list(run.veths_added))


@claim("D-HOST-1", observes="host_driver")
def host_network(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact(
        "container's netns is the engine host's",
        True,
        run.shares_engine_netns,
        ko="컨테이너의 netns가 엔진 호스트의 것인가",
    )
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect(
            "sees the bridge device",
            "bridge.device",
            seen.name if seen else None,
            ko="브리지 장치가 보이는가",
        )
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note(
            f"{profile.bridge.device} was not there when it looked (it exists only while in use)",
            ko=f"{profile.bridge.device}는 확인할 때 없었다 (쓰일 때만 있다)",
        )
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


@claim("D-NONE-1", observes="none_driver")
def none_network(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names(), ko="인터페이스")
    j.fact("own namespace", False, run.shares_engine_netns, ko="자기 네임스페이스가 있는가")
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)
