"""D-LIFE-*: what removing a container undoes, and which address the next one gets."""

from __future__ import annotations

from conformance.profile import Profile
from conformance.verdict import Judgement, Verdict
from fixtures.beyond import Lifecycle


def removal_undoes(life: Lifecycle, profile: Profile) -> Verdict:
    """D-LIFE-1: no leftover veth, no leftover endpoint; empty docker0 drops to NO-CARRIER."""
    j = Judgement("D-LIFE-1", profile)
    veths_after = {link.name for link in life.after_first_removed.host.veths()}
    j.fact("busybox1's host veth was there", True, life.first_veth is not None)
    j.fact(
        f"{life.first_veth} after removal", "gone", "present" if life.first_veth in veths_after else "gone"
    )
    listed = life.after_first_removed.bridge.get("Containers") or {}
    j.fact("busybox1's endpoint after removal", "gone", "present" if life.first_id in listed else "gone")
    shot = life.after_all_removed
    bridge = shot.host.interface(shot.device or profile.bridge.device)
    if bridge and not shot.host.ports(bridge) and not shot.bridge.get("Containers"):
        j.fact(
            f"{bridge.name} with its last port gone",
            "NO-CARRIER",
            "LOWER_UP" if bridge.carrier else "NO-CARRIER",
        )
    else:
        j.note("other endpoints remain on the bridge: the carrier drop was not observable")
    j.attach("after the last removal", bridge.summary() if bridge else "no bridge")
    return j.verdict()


def address_reused(life: Lifecycle, profile: Profile) -> Verdict:
    """D-LIFE-2: after removing the holder of the lowest address, the next container gets it."""
    j = Judgement("D-LIFE-2", profile)
    j.fact(
        "busybox3's address = the one busybox1 released",
        life.first.get("IPAddress"),
        life.third.get("IPAddress"),
    )
    return j.verdict()
