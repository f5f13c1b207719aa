"""docker0 itself: `ip addr show docker0`, `ifconfig docker0`, before and after `docker run`."""

from conformance.claims import claim
from conformance.judges import docker0


@claim("S-BR-1", title="docker0 is 172.17.0.1/16, broadcast 172.17.255.255")
def test_docker0_address(seed, profile, check):
    """S-BR-1: "inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0"."""
    check(docker0.docker0_address(seed, profile))


@claim("S-BR-2", title="docker0 is UP, BROADCAST, MULTICAST, MTU 1500, qdisc noqueue, Ethernet")
def test_docker0_link(seed, profile, check):
    """S-BR-2: "<NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue"."""
    check(docker0.docker0_link(seed, profile))


@claim("S-BR-3", title="docker0's MAC is locally administered (02:42:...)")
def test_docker0_mac(seed, profile, check):
    """S-BR-3: "link/ether 02:42:90:f4:b3:c5"."""
    check(docker0.docker0_mac(seed, profile))


@claim("S-BR-4", title="docker0 has no carrier when empty and carrier with a container")
def test_docker0_carrier(seed, profile, check):
    """S-BR-4: NO-CARRIER / state DOWN when empty; LOWER_UP / state UP with a container."""
    check(docker0.docker0_carrier(seed, profile))
