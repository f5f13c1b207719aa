"""Container to container: busybox2 pings busybox1 across docker0."""

from conformance.claims import claim
from conformance.judges import ping


@claim("S-PING-1", title="busybox2 reaches busybox1 directly: no loss, TTL 64")
def test_containers_reach_each_other(seed, profile, check):
    """S-PING-1: "64 bytes from 172.17.0.2: seq=0 ttl=64" (no router between them)."""
    check(ping.containers_reach_each_other(seed.ping, profile))
