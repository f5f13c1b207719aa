"""S-BRCTL-1: docker0 as `brctl show` sees it: its id, STP, and exactly its ports."""

from __future__ import annotations

from conformance.judges.veth import host_end
from conformance.profile import Profile
from conformance.verdict import Judgement, Verdict
from fixtures.seed import SeedObservation


def brctl_view(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-BRCTL-1: bridge id 8000.<MAC>, STP disabled, interfaces = the containers' host veths."""
    j = Judgement("S-BRCTL-1", profile)
    bridge = seed.during.host.interface(seed.during.device or profile.bridge.device)
    if bridge is None:
        j.expect("bridge present", "bridge.device", None)
        return j.verdict()
    j.fact("bridge id", "8000." + bridge.mac.replace(":", ""), bridge.bridge_id)
    j.expect("STP enabled", "bridge.stp", bool(bridge.stp_state))
    earlier = {p.name for p in seed.before.host.ports(seed.before.host.interface(bridge.name) or bridge)}
    ports = sorted(p.name for p in seed.during.host.ports(bridge))
    if all(view.netns for view in seed.containers()):
        ours = [host_end(seed, view) for view in seed.containers()]
        j.fact("interfaces", sorted(earlier | {veth.name for veth in ours if veth}), ports)
    else:  # the containers' eth0 cannot name its peer: attribute the new ports by appearance
        j.fact("ports added by two containers", 2, len(set(ports) - earlier))
        j.note("the containers' namespaces could not be entered: their veths were told by appearance")
    if earlier:
        j.note(f"ports already on the bridge before the run: {', '.join(sorted(earlier))}")
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t"
        + " ".join(p.name for p in seed.during.host.ports(bridge)),
    )
    return j.verdict()
