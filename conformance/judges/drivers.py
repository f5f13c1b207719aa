"""D-HOST-1, D-NONE-1: the host and none drivers, from inside the container and from the host."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.judges.shared import note_others
from docker_conformance.conformance.model.scenarios import DriverRun

family(__name__, "HOST", "Other drivers", "다른 드라이버")
family(__name__, "NONE", "Other drivers", "다른 드라이버")


def _no_new_veth(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def host_network(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


claim("D-HOST-1", observes="host_driver")(host_network)


def none_network(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


claim("D-NONE-1", observes="none_driver")(none_network)
