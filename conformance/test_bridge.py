"""Bridge membership: what `brctl show` prints for docker0."""

from conformance.claims import claim
from conformance.judges import bridge


@claim("S-BRCTL-1", title="brctl show: docker0 8000.<MAC>, STP off, exactly the containers' veths")
def test_brctl_view(seed, profile, check):
    """S-BRCTL-1: "docker0 8000.024290f4b3c5 no veth4eb48a6 veth40d220d"."""
    check(bridge.brctl_view(seed, profile))
