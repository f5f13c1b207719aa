"""D-LIFE-*: what removing a container undoes, and which address the next one gets."""

from __future__ import annotations

import ipaddress

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.model.scenarios import Lifecycle

family(__name__, "LIFE", "Container lifecycle", "컨테이너의 수명")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@claim("D-LIFE-1", observes="lifecycle")
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


@claim("D-LIFE-2", observes="lifecycle")
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
