"""D-LIFE-*: what removing a container undoes, and which address the next one gets."""

from __future__ import annotations

import ipaddress

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.model.scenarios import Lifecycle

family(__name__, "LIFE", "Container lifecycle", "컨테이너의 수명")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_removal_undoes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_removal_undoes__mutmut)
def removal_undoes(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_orig(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_1(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact(None, True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_2(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", None, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_3(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, None)
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_4(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact(True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_5(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_6(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, )
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_7(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("XXbusybox1_host_veth_was_thereXX", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_8(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("BUSYBOX1_HOST_VETH_WAS_THERE", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_9(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", False, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_10(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(None))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_11(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = None
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_12(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(None, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_13(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, None)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_14(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_15(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, )
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_16(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact(None, "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_17(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", None, "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_18(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", None, first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_19(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=None)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_20(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_21(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_22(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_23(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", )
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_24(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("XXafter_removalXX", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_25(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("AFTER_REMOVAL", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_26(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "XXgoneXX", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_27(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "GONE", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_28(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if (still) and False else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_29(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if (still) or True else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_30(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "XXpresentXX" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_31(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "PRESENT" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_32(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "XXgoneXX", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_33(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "GONE", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_34(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = None
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_35(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact(None, "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_36(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", None, "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_37(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", None)
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_38(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_39(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_40(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", )
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_41(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("XXbusybox1_endpoint_after_removalXX", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_42(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("BUSYBOX1_ENDPOINT_AFTER_REMOVAL", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_43(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "XXgoneXX", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_44(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "GONE", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_45(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if (life.first_id in listed) and False else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_46(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if (life.first_id in listed) or True else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_47(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "XXpresentXX" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_48(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "PRESENT" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_49(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id not in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_50(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "XXgoneXX")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_51(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "GONE")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_52(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = None
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_53(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = None
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_54(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(None)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_55(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        None, "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_56(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", None, "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_57(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", None, device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_58(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=None
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_59(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_60(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_61(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_62(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_63(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "XXonce_last_port_leftXX", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_64(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "ONCE_LAST_PORT_LEFT", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_65(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "XXbridge.idleXX", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_66(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "BRIDGE.IDLE", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_67(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if (bridge) and False else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_68(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if (bridge) or True else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_69(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "XXpresentXX" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_70(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "PRESENT" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_71(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "XXabsentXX", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_72(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "ABSENT", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_73(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is not None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_74(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady or life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_75(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_76(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge(None, activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_77(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=None, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_78(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=None)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_79(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge(activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_80(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_81(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, )
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_82(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("XXcarrier_drop_was_not_observableXX", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_83(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("CARRIER_DROP_WAS_NOT_OBSERVABLE", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_84(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) or not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_85(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_86(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(None) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_87(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_88(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            None,
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_89(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            None,
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_90(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            None,
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_91(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=None,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_92(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_93(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_94(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_95(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_96(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "XXwith_last_port_goneXX",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_97(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "WITH_LAST_PORT_GONE",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_98(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "XXNO-CARRIERXX",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_99(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "no-carrier",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_100(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if (bridge.carrier) and False else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_101(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if (bridge.carrier) or True else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_102(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "XXLOWER_UPXX" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_103(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "lower_up" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_104(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "XXNO-CARRIERXX",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_105(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "no-carrier",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_106(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect(None, "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_107(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", None, bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_108(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", None, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_109(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=None)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_110(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_111(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_112(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_113(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, )
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_114(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("XXstate_with_last_port_goneXX", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_115(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("STATE_WITH_LAST_PORT_GONE", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_116(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "XXbridge.empty_stateXX", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_117(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "BRIDGE.EMPTY_STATE", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_118(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge(None)
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_119(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("XXother_endpoints_remain_on_bridge_carrierXX")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_120(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("OTHER_ENDPOINTS_REMAIN_ON_BRIDGE_CARRIER")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_121(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach(None, bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_122(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", None)


def x_removal_undoes__mutmut_123(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach(bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_124(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", )


def x_removal_undoes__mutmut_125(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("XXafter the last removalXX", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_126(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("AFTER THE LAST REMOVAL", bridge.summary() if bridge else "no bridge")


def x_removal_undoes__mutmut_127(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if (bridge) and False else "no bridge")


def x_removal_undoes__mutmut_128(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if (bridge) or True else "no bridge")


def x_removal_undoes__mutmut_129(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "XXno bridgeXX")


def x_removal_undoes__mutmut_130(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """Removing a container removes its host veth and its endpoint; docker0 drops to NO-CARRIER when its
    last port leaves.

    Documented: no leftover veth, no leftover endpoint; an empty {bridge.device} has NO-CARRIER
    Ko documented: 남은 veth도 남은 엔드포인트도 없다; 빈 {bridge.device}는 NO-CARRIER
    By hand: docker rm -f busybox1; ip link show type veth; docker network inspect bridge
    Title: Removing a container removes its veth and endpoint
    Ko: 컨테이너를 지우면 호스트 veth와 엔드포인트도 지워지고, 마지막 포트가 떠나면 docker0는 NO-CARRIER가
        된다.
    Ko title: 컨테이너를 지우면 veth와 엔드포인트가 지워진다
    """
    j.fact("busybox1_host_veth_was_there", True, bool(life.first_veth))
    if life.first_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
        j.fact("after_removal", "gone", "present" if still else "gone", first_veth=life.first_veth)
    listed = life.after_first_removed.listed()
    j.fact("busybox1_endpoint_after_removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    # Docker keeps docker0 once its last port left; Podman 5 documents it gone with it
    j.expect(
        "once_last_port_left", "bridge.idle", "present" if bridge else "absent", device=profile.bridge.device
    )
    if bridge is None:
        pass
    elif not shot.steady and life.activity:
        j.cannot_judge("carrier_drop_was_not_observable", activity=life.activity, attempts=life.attempts)
    elif not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            "with_last_port_gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            name=bridge.name,
        )
        j.expect("state_with_last_port_gone", "bridge.empty_state", bridge.operstate, name=bridge.name)
    else:
        j.cannot_judge("other_endpoints_remain_on_bridge_carrier")
    j.attach("after the last removal", bridge.summary() if bridge else "NO BRIDGE")

mutants_x_removal_undoes__mutmut['_mutmut_orig'] = x_removal_undoes__mutmut_orig # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_1'] = x_removal_undoes__mutmut_1 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_2'] = x_removal_undoes__mutmut_2 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_3'] = x_removal_undoes__mutmut_3 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_4'] = x_removal_undoes__mutmut_4 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_5'] = x_removal_undoes__mutmut_5 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_6'] = x_removal_undoes__mutmut_6 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_7'] = x_removal_undoes__mutmut_7 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_8'] = x_removal_undoes__mutmut_8 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_9'] = x_removal_undoes__mutmut_9 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_10'] = x_removal_undoes__mutmut_10 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_11'] = x_removal_undoes__mutmut_11 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_12'] = x_removal_undoes__mutmut_12 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_13'] = x_removal_undoes__mutmut_13 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_14'] = x_removal_undoes__mutmut_14 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_15'] = x_removal_undoes__mutmut_15 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_16'] = x_removal_undoes__mutmut_16 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_17'] = x_removal_undoes__mutmut_17 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_18'] = x_removal_undoes__mutmut_18 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_19'] = x_removal_undoes__mutmut_19 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_20'] = x_removal_undoes__mutmut_20 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_21'] = x_removal_undoes__mutmut_21 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_22'] = x_removal_undoes__mutmut_22 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_23'] = x_removal_undoes__mutmut_23 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_24'] = x_removal_undoes__mutmut_24 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_25'] = x_removal_undoes__mutmut_25 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_26'] = x_removal_undoes__mutmut_26 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_27'] = x_removal_undoes__mutmut_27 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_28'] = x_removal_undoes__mutmut_28 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_29'] = x_removal_undoes__mutmut_29 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_30'] = x_removal_undoes__mutmut_30 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_31'] = x_removal_undoes__mutmut_31 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_32'] = x_removal_undoes__mutmut_32 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_33'] = x_removal_undoes__mutmut_33 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_34'] = x_removal_undoes__mutmut_34 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_35'] = x_removal_undoes__mutmut_35 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_36'] = x_removal_undoes__mutmut_36 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_37'] = x_removal_undoes__mutmut_37 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_38'] = x_removal_undoes__mutmut_38 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_39'] = x_removal_undoes__mutmut_39 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_40'] = x_removal_undoes__mutmut_40 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_41'] = x_removal_undoes__mutmut_41 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_42'] = x_removal_undoes__mutmut_42 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_43'] = x_removal_undoes__mutmut_43 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_44'] = x_removal_undoes__mutmut_44 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_45'] = x_removal_undoes__mutmut_45 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_46'] = x_removal_undoes__mutmut_46 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_47'] = x_removal_undoes__mutmut_47 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_48'] = x_removal_undoes__mutmut_48 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_49'] = x_removal_undoes__mutmut_49 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_50'] = x_removal_undoes__mutmut_50 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_51'] = x_removal_undoes__mutmut_51 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_52'] = x_removal_undoes__mutmut_52 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_53'] = x_removal_undoes__mutmut_53 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_54'] = x_removal_undoes__mutmut_54 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_55'] = x_removal_undoes__mutmut_55 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_56'] = x_removal_undoes__mutmut_56 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_57'] = x_removal_undoes__mutmut_57 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_58'] = x_removal_undoes__mutmut_58 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_59'] = x_removal_undoes__mutmut_59 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_60'] = x_removal_undoes__mutmut_60 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_61'] = x_removal_undoes__mutmut_61 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_62'] = x_removal_undoes__mutmut_62 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_63'] = x_removal_undoes__mutmut_63 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_64'] = x_removal_undoes__mutmut_64 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_65'] = x_removal_undoes__mutmut_65 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_66'] = x_removal_undoes__mutmut_66 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_67'] = x_removal_undoes__mutmut_67 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_68'] = x_removal_undoes__mutmut_68 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_69'] = x_removal_undoes__mutmut_69 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_70'] = x_removal_undoes__mutmut_70 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_71'] = x_removal_undoes__mutmut_71 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_72'] = x_removal_undoes__mutmut_72 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_73'] = x_removal_undoes__mutmut_73 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_74'] = x_removal_undoes__mutmut_74 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_75'] = x_removal_undoes__mutmut_75 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_76'] = x_removal_undoes__mutmut_76 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_77'] = x_removal_undoes__mutmut_77 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_78'] = x_removal_undoes__mutmut_78 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_79'] = x_removal_undoes__mutmut_79 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_80'] = x_removal_undoes__mutmut_80 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_81'] = x_removal_undoes__mutmut_81 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_82'] = x_removal_undoes__mutmut_82 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_83'] = x_removal_undoes__mutmut_83 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_84'] = x_removal_undoes__mutmut_84 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_85'] = x_removal_undoes__mutmut_85 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_86'] = x_removal_undoes__mutmut_86 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_87'] = x_removal_undoes__mutmut_87 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_88'] = x_removal_undoes__mutmut_88 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_89'] = x_removal_undoes__mutmut_89 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_90'] = x_removal_undoes__mutmut_90 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_91'] = x_removal_undoes__mutmut_91 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_92'] = x_removal_undoes__mutmut_92 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_93'] = x_removal_undoes__mutmut_93 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_94'] = x_removal_undoes__mutmut_94 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_95'] = x_removal_undoes__mutmut_95 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_96'] = x_removal_undoes__mutmut_96 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_97'] = x_removal_undoes__mutmut_97 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_98'] = x_removal_undoes__mutmut_98 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_99'] = x_removal_undoes__mutmut_99 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_100'] = x_removal_undoes__mutmut_100 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_101'] = x_removal_undoes__mutmut_101 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_102'] = x_removal_undoes__mutmut_102 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_103'] = x_removal_undoes__mutmut_103 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_104'] = x_removal_undoes__mutmut_104 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_105'] = x_removal_undoes__mutmut_105 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_106'] = x_removal_undoes__mutmut_106 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_107'] = x_removal_undoes__mutmut_107 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_108'] = x_removal_undoes__mutmut_108 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_109'] = x_removal_undoes__mutmut_109 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_110'] = x_removal_undoes__mutmut_110 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_111'] = x_removal_undoes__mutmut_111 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_112'] = x_removal_undoes__mutmut_112 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_113'] = x_removal_undoes__mutmut_113 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_114'] = x_removal_undoes__mutmut_114 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_115'] = x_removal_undoes__mutmut_115 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_116'] = x_removal_undoes__mutmut_116 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_117'] = x_removal_undoes__mutmut_117 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_118'] = x_removal_undoes__mutmut_118 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_119'] = x_removal_undoes__mutmut_119 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_120'] = x_removal_undoes__mutmut_120 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_121'] = x_removal_undoes__mutmut_121 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_122'] = x_removal_undoes__mutmut_122 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_123'] = x_removal_undoes__mutmut_123 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_124'] = x_removal_undoes__mutmut_124 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_125'] = x_removal_undoes__mutmut_125 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_126'] = x_removal_undoes__mutmut_126 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_127'] = x_removal_undoes__mutmut_127 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_128'] = x_removal_undoes__mutmut_128 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_129'] = x_removal_undoes__mutmut_129 # type: ignore # mutmut generated
mutants_x_removal_undoes__mutmut['x_removal_undoes__mutmut_130'] = x_removal_undoes__mutmut_130 # type: ignore # mutmut generated


claim("D-LIFE-1", observes="lifecycle")(removal_undoes)
mutants_x_address_reused__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_address_reused__mutmut)
def address_reused(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_orig(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_1(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity or life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_2(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get(None) != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_3(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("XXIPAddressXX") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_4(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("ipaddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_5(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPADDRESS") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_6(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") == life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_7(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get(None):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_8(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("XXIPAddressXX"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_9(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("ipaddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_10(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPADDRESS"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_11(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge(None, activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_12(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=None, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_13(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=None)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_14(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge(activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_15(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_16(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, )
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_17(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("XXaddress_reuse_cannot_be_judgedXX", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_18(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("ADDRESS_REUSE_CANNOT_BE_JUDGED", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_19(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = None
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_20(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get(None), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_21(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("XXIPAddressXX"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_22(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("ipaddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_23(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPADDRESS"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_24(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get(None)
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_25(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("XXIPAddressXX")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_26(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("ipaddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_27(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPADDRESS")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_28(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_29(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if (last) and False else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_30(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if (last) or True else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_31(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(None) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_32(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) - 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_33(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(None) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_34(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 2) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_35(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = None
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_36(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation != "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_37(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "XXnextXX"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_38(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "NEXT"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_39(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            None,
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_40(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            None,
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_41(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            None,
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_42(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=None,
        )


def x_address_reused__mutmut_43(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_44(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_45(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_46(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            )


def x_address_reused__mutmut_47(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if (nxt) and False else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_48(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if (nxt) or True else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_49(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "XXbusybox3_address_after_busybox2XX" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_50(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "BUSYBOX3_ADDRESS_AFTER_BUSYBOX2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_51(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "XXbusybox3_address_busybox1_releasedXX",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_52(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "BUSYBOX3_ADDRESS_BUSYBOX1_RELEASED",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_53(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "XXbridge.allocationXX",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_54(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "BRIDGE.ALLOCATION",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_55(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get(None),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_56(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("XXIPAddressXX"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_57(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("ipaddress"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_58(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPADDRESS"),
            via=lambda allocation: after if allocation == "next" else released,
        )


def x_address_reused__mutmut_59(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: None,
        )


def x_address_reused__mutmut_60(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if (allocation == "next") and False else released,
        )


def x_address_reused__mutmut_61(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if (allocation == "next") or True else released,
        )


def x_address_reused__mutmut_62(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation != "next" else released,
        )


def x_address_reused__mutmut_63(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "XXnextXX" else released,
        )


def x_address_reused__mutmut_64(j: Judgement, life: Lifecycle, profile: Profile) -> None:
    """A released address is handed out again.

    Documented: after removing the holder of the lowest address, the next container gets it (when
        {bridge.allocation} is lowest-free; "next": the address after the last one handed out)
    Ko documented: 가장 낮은 주소를 가진 컨테이너를 지우면 다음 컨테이너가 그 주소를 받는다
        ({bridge.allocation}가 lowest-free일 때; "next": 마지막으로 준 주소의 다음)
    By hand: docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr
    Title: A released address is handed out again
    Ko: 반납된 주소는 다시 할당된다.
    Ko title: 반납된 주소가 다시 할당된다
    """
    if life.activity and life.third.get("IPAddress") != life.first.get("IPAddress"):
        j.cannot_judge("address_reuse_cannot_be_judged", activity=life.activity, attempts=life.attempts)
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3_address_after_busybox2" if nxt else "busybox3_address_busybox1_released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "NEXT" else released,
        )

mutants_x_address_reused__mutmut['_mutmut_orig'] = x_address_reused__mutmut_orig # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_1'] = x_address_reused__mutmut_1 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_2'] = x_address_reused__mutmut_2 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_3'] = x_address_reused__mutmut_3 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_4'] = x_address_reused__mutmut_4 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_5'] = x_address_reused__mutmut_5 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_6'] = x_address_reused__mutmut_6 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_7'] = x_address_reused__mutmut_7 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_8'] = x_address_reused__mutmut_8 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_9'] = x_address_reused__mutmut_9 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_10'] = x_address_reused__mutmut_10 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_11'] = x_address_reused__mutmut_11 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_12'] = x_address_reused__mutmut_12 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_13'] = x_address_reused__mutmut_13 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_14'] = x_address_reused__mutmut_14 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_15'] = x_address_reused__mutmut_15 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_16'] = x_address_reused__mutmut_16 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_17'] = x_address_reused__mutmut_17 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_18'] = x_address_reused__mutmut_18 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_19'] = x_address_reused__mutmut_19 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_20'] = x_address_reused__mutmut_20 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_21'] = x_address_reused__mutmut_21 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_22'] = x_address_reused__mutmut_22 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_23'] = x_address_reused__mutmut_23 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_24'] = x_address_reused__mutmut_24 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_25'] = x_address_reused__mutmut_25 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_26'] = x_address_reused__mutmut_26 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_27'] = x_address_reused__mutmut_27 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_28'] = x_address_reused__mutmut_28 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_29'] = x_address_reused__mutmut_29 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_30'] = x_address_reused__mutmut_30 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_31'] = x_address_reused__mutmut_31 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_32'] = x_address_reused__mutmut_32 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_33'] = x_address_reused__mutmut_33 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_34'] = x_address_reused__mutmut_34 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_35'] = x_address_reused__mutmut_35 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_36'] = x_address_reused__mutmut_36 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_37'] = x_address_reused__mutmut_37 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_38'] = x_address_reused__mutmut_38 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_39'] = x_address_reused__mutmut_39 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_40'] = x_address_reused__mutmut_40 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_41'] = x_address_reused__mutmut_41 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_42'] = x_address_reused__mutmut_42 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_43'] = x_address_reused__mutmut_43 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_44'] = x_address_reused__mutmut_44 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_45'] = x_address_reused__mutmut_45 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_46'] = x_address_reused__mutmut_46 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_47'] = x_address_reused__mutmut_47 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_48'] = x_address_reused__mutmut_48 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_49'] = x_address_reused__mutmut_49 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_50'] = x_address_reused__mutmut_50 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_51'] = x_address_reused__mutmut_51 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_52'] = x_address_reused__mutmut_52 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_53'] = x_address_reused__mutmut_53 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_54'] = x_address_reused__mutmut_54 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_55'] = x_address_reused__mutmut_55 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_56'] = x_address_reused__mutmut_56 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_57'] = x_address_reused__mutmut_57 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_58'] = x_address_reused__mutmut_58 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_59'] = x_address_reused__mutmut_59 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_60'] = x_address_reused__mutmut_60 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_61'] = x_address_reused__mutmut_61 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_62'] = x_address_reused__mutmut_62 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_63'] = x_address_reused__mutmut_63 # type: ignore # mutmut generated
mutants_x_address_reused__mutmut['x_address_reused__mutmut_64'] = x_address_reused__mutmut_64 # type: ignore # mutmut generated


claim("D-LIFE-2", observes="lifecycle")(address_reused)
