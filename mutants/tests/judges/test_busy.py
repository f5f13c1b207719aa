"""A busy host is not a failing one: others' activity makes a part unjudged, never a false failure.

Recorded real observations, with what the engine's events said others did meanwhile; each
case also shows that the same deviation on a quiet bridge still fails.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.verdict import Status
from tests.helpers import mutate as m

CHURN = ("0123456789ab connect bridge", "0123456789ab disconnect bridge")


def _shifted(seed):
    """What a churning host shows: someone held .2 while busybox1 started."""
    return m.endpoint(
        m.endpoint(seed, "busybox1", IPAddress="172.17.0.3"), "busybox2", IPAddress="172.17.0.4"
    )


def _carrier_stuck(seed):
    up = ("BROADCAST", "MULTICAST", "UP", "LOWER_UP")
    stuck = m.host(seed, "before", "docker0", flags=up, operstate="UP")
    return replace(stuck, before=replace(stuck.before, steady=False))


SEED_CASES = {
    "S-IPAM-4 shifted addresses": ("S-IPAM-4", _shifted, Status.NOT_APPLICABLE),
    "S-BRCTL-1 a port of someone else's": ("S-BRCTL-1", m.foreign_port, Status.CONFORMS),
    "S-BR-4 carrier while others come and go": ("S-BR-4", _carrier_stuck, Status.NOT_APPLICABLE),
}


@pytest.mark.parametrize(("claim", "deviate", "busy_status"), SEED_CASES.values(), ids=SEED_CASES.keys())
def test_seed_claims_on_a_busy_bridge(recorded, default_profile, claim, deviate, busy_status):
    quiet = registry.judge(claim, deviate(recorded), default_profile)
    assert quiet.status is Status.FAILS, quiet.message()
    busy = registry.judge(claim, replace(deviate(recorded), activity=CHURN, attempts=3), default_profile)
    assert busy.status is busy_status, busy.message()
    assert "0123456789ab connect bridge" in busy.reason
    assert "in each of 3 attempt(s)" in busy.reason


def test_churn_does_not_hide_a_real_failure(recorded, default_profile):
    """A bridge on another subnet fails S-IPAM-4 even when the order cannot be judged."""
    moved = m.bridge(_shifted(recorded), "before", IPAM={"Config": [{"Subnet": "10.99.0.0/24"}]})
    verdict = registry.judge("S-IPAM-4", replace(moved, activity=CHURN), default_profile)
    assert verdict.status is Status.FAILS
    assert "subnet they come from" in verdict.message()


def test_lifecycle_reuse_on_a_busy_bridge(observations, default_profile):
    taken = replace(
        observations["lifecycle"], third={**observations["lifecycle"].third, "IPAddress": "172.17.0.9"}
    )
    assert registry.judge("D-LIFE-2", taken, default_profile).status is Status.FAILS
    busy = registry.judge("D-LIFE-2", replace(taken, activity=CHURN), default_profile)
    assert busy.status is Status.NOT_APPLICABLE
    assert "cannot be judged" in busy.reason


def test_drivers_on_a_busy_host(observations, default_profile):
    """A veth pair of someone else's, caught on the host while it is being made."""
    run = m.host_veth_pair(observations["none_driver"])
    assert registry.judge("D-NONE-1", run, default_profile).status is Status.FAILS
    busy = registry.judge("D-NONE-1", replace(run, activity=CHURN), default_profile)
    assert busy.status is Status.CONFORMS
    assert "not judged" in busy.reason


def test_a_port_that_is_no_container_s_fails_even_on_a_busy_bridge(recorded, default_profile):
    """Other users' containers' veths are tolerated while others come and go; a dummy is not."""
    busy = replace(m.dummy_port(recorded), activity=CHURN, attempts=3)
    verdict = registry.judge("S-BRCTL-1", busy, default_profile)
    assert verdict.status is Status.FAILS, verdict.message()
    assert "dummy0" in verdict.reason
    assert "ip -d link show master docker0" in verdict.evidence
