"""D-HOST-1, D-NONE-1: the host and none drivers, from inside the container and from the host."""

from __future__ import annotations

from conformance.profile import Profile
from conformance.verdict import Judgement, Verdict
from fixtures.beyond import DriverRun


def _no_new_veth(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths in the container's namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    j.fact("new host veths whose peer is on the host", [], local_pairs)
    if run.veths_added:
        j.note(
            "veths added meanwhile by other containers: "
            + ", ".join(f"{v.name} (link-netnsid {v.link_netnsid})" for v in run.veths_added)
        )


def host_network(run: DriverRun, profile: Profile) -> Verdict:
    """D-HOST-1: shares the host's namespace: sees docker0 and the host's interfaces; no veth."""
    j = Judgement("D-HOST-1", profile)
    j.fact("container's netns is the engine host's", True, run.shares_engine_netns)
    j.expect(
        "sees the bridge device",
        "bridge.device",
        profile.bridge.device if run.inside.interface(profile.bridge.device) else None,
    )
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
