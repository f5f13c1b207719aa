"""D-HOST-1, D-NONE-1: the host and none drivers, from inside the container and from the host."""

from __future__ import annotations

from conformance.profile import Profile
from conformance.verdict import Judgement, Verdict
from fixtures.beyond import DriverRun


def _no_new_veth(j: Judgement, run: DriverRun) -> None:
    added = sorted(set(run.veths_during) - set(run.veths_before))
    j.fact("host veths added", [], added)


def host_network(run: DriverRun, profile: Profile) -> Verdict:
    """D-HOST-1: shares the host's namespace: sees docker0 and the host's interfaces; no veth."""
    j = Judgement("D-HOST-1", profile)
    j.fact("container's netns is the engine host's", True, run.shares_engine_netns)
    j.expect("sees the bridge device", "bridge.device", profile.bridge.device if run.inside.interface(
        profile.bridge.device) else None)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)
    return j.verdict()


def none_network(run: DriverRun, profile: Profile) -> Verdict:
    """D-NONE-1: only a loopback; no veth is created."""
    j = Judgement("D-NONE-1", profile)
    j.fact("interfaces", ["lo"], sorted(run.inside.names()))
    j.fact("own namespace", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)
    return j.verdict()
