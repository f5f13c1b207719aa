"""D-LIFE-*: what removing a container undoes, and which address the next one gets."""

from __future__ import annotations

import ipaddress

from conformance.declaration import claim, family
from conformance.model.scenarios import Lifecycle
from conformance.profile import Profile
from conformance.verdict import Judgement, busy

family(__name__, "LIFE", "Container lifecycle", "컨테이너의 수명")


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
    j.fact(
        "busybox1's host veth was there",
        True,
        life.first_veth is not None,
        ko="busybox1의 호스트 veth가 있었는가",
    )
    still = life.after_first_removed.host.holds(life.first_veth, life.first_veth_index)
    j.fact(
        f"{life.first_veth} after removal",
        "gone",
        "present" if still else "gone",
        ko=f"제거한 뒤의 {life.first_veth}",
    )
    listed = life.after_first_removed.listed()
    j.fact(
        "busybox1's endpoint after removal",
        "gone",
        "present" if life.first_id in listed else "gone",
        ko="제거한 뒤의 busybox1 엔드포인트",
    )
    shot = life.after_all_removed
    bridge = shot.bridge_link(profile.bridge.device)
    if not shot.steady and life.activity:
        j.cannot_judge(
            f"the carrier drop was not observable: {busy(life.activity, life.attempts)}",
            ko=f"캐리어가 꺼지는 것을 관찰할 수 없었다: {busy(life.activity, life.attempts, 'ko')}",
        )
    elif bridge and not shot.host.ports(bridge) and not shot.listed():
        j.fact(
            f"{bridge.name} with its last port gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
            ko=f"마지막 포트가 빠진 뒤의 {bridge.name}",
        )
        j.expect(
            f"{bridge.name}'s state with its last port gone",
            "bridge.empty_state",
            bridge.operstate,
            ko=f"마지막 포트가 빠진 뒤의 {bridge.name} 상태",
        )
    elif bridge is None:  # gone with its last port: Podman 5 documents it, Docker keeps docker0
        j.expect(
            f"{profile.bridge.device} once its last port left",
            "bridge.idle",
            "absent",
            ko=f"마지막 포트가 빠진 뒤의 {profile.bridge.device}",
        )
    else:
        j.cannot_judge(
            "other endpoints remain on the bridge: the carrier drop was not observable",
            ko="브리지에 다른 엔드포인트가 남아 있다: 캐리어가 꺼지는 것을 관찰할 수 없었다",
        )
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
        j.cannot_judge(
            f"the address's reuse cannot be judged: {busy(life.activity, life.attempts)}",
            ko=f"주소 재사용을 판정할 수 없다: {busy(life.activity, life.attempts, 'ko')}",
        )
    else:
        released, last = life.first.get("IPAddress"), life.second.get("IPAddress")
        after = str(ipaddress.IPv4Address(last) + 1) if last else None  # None: an older recording
        nxt = profile.bridge.allocation == "next"
        j.expect(
            "busybox3's address = the one after busybox2's"
            if nxt
            else "busybox3's address = the one busybox1 released",
            "bridge.allocation",
            life.third.get("IPAddress"),
            via=lambda allocation: after if allocation == "next" else released,
            ko="busybox3의 주소 = busybox2 다음 주소" if nxt else "busybox3의 주소 = busybox1이 반납한 주소",
        )
