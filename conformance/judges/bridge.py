"""S-BRCTL-1: docker0 as `brctl show` sees it: its id, STP, and exactly its ports."""

from __future__ import annotations

from conformance.model.seed import SeedObservation
from conformance.profile import Profile
from conformance.registry import claim
from conformance.verdict import Judgement, busy


@claim("S-BRCTL-1", observes="seed", part="bridge")
def brctl_view(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """docker0's bridge view.

    Documented: bridge id 8000.<bridge MAC, no colons>, STP enabled: {bridge.stp}, interfaces = exactly the
        host veths of the containers on {bridge.network}
    By hand: brctl show  # or: bridge link
    Title: brctl show: {bridge.device} 8000.<MAC>, STP {bridge.stp}, exactly the containers' veths
    Ko: brctl로 본 docker0 브리지.
    Ko title: brctl show: {bridge.device} 8000.<MAC>, STP {bridge.stp}, 포트는 정확히 컨테이너들의 veth
    Seed: bridge name bridge id STP enabled interfaces / docker0 8000.024290f4b3c5 no veth4eb48a6 veth40d220d
    """
    bridge = seed.during.bridge_link(profile.bridge.device)
    if bridge is None:
        j.expect("bridge present", "bridge.device", None)
        return
    mac = bridge.mac.replace(":", "")
    j.expect("bridge id", "bridge.priority", bridge.bridge_id, via=lambda priority: f"{priority}.{mac}")
    j.expect("STP enabled", "bridge.stp", bool(bridge.stp_state))
    earlier = {p.name for p in seed.before.host.ports(seed.before.host.interface(bridge.name))}
    ports = [p.name for p in seed.during.host.ports(bridge)]
    if seed.unentered():  # the containers' eth0 cannot name its peer: attribute the new ports by appearance
        j.fact("ports added by two containers", 2, len(set(ports) - earlier))
        j.note("the containers' namespaces could not be entered: their veths were told by appearance")
    else:
        ours = {veth.name for view in seed.containers() if (veth := seed.host_end(view))}
        if seed.activity or not seed.during.steady:  # others' ports come and go: judge ours only
            j.exactly("busybox1's and busybox2's veths among the ports", ours, set(ports) & ours)
            j.note(f"the other ports were not judged: {busy(seed.activity, seed.attempts)}")
        else:
            j.exactly("interfaces", earlier | ours, ports)
    if earlier:
        j.note(f"ports already on the bridge before the run: {', '.join(sorted(earlier))}")
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )
