"""The veth pair: eth0 inside the container, vethXXXXXXX on the host, one pair per container."""

from conformance.claims import claim
from conformance.judges import veth


@claim("S-VETH-1", title="A bridged container has exactly lo and eth0")
def test_two_interfaces(seed, profile, check):
    """S-VETH-1: `docker exec busybox1 ip addr` shows "1: lo" and "eth0@ifN" and nothing else."""
    check(veth.two_interfaces(seed, profile))


@claim("S-VETH-2", title="The container's eth0 is up, on the bridge's subnet, with its MAC")
def test_container_eth0(seed, profile, check):
    """S-VETH-2: "eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 ... inet 172.17.0.2/16"."""
    check(veth.container_eth0(seed, profile))


@claim("S-VETH-3", title="Each container adds one host veth named veth + 7 hex digits")
def test_one_host_veth_each(seed, profile, check):
    """S-VETH-3: "vethXXXXXXX이름 형식의 veth 인터페이스" (veth4eb48a6, veth40d220d)."""
    check(veth.one_host_veth_each(seed, profile))


@claim("S-VETH-4", title="eth0@ifN and vethX@ifM point at each other")
def test_pair_indices(seed, profile, check):
    """S-VETH-4: "18: eth0@if19" inside, "19: veth4eb48a6@if18" on the host."""
    check(veth.pair_indices(seed, profile))


@claim("S-VETH-5", title="The host veth is a port of docker0, UP, in the container's netns")
def test_host_end_on_bridge(seed, profile, check):
    """S-VETH-5: "veth4eb48a6@if18: ... master docker0 state UP ... link-netnsid 0"."""
    check(veth.host_end_on_bridge(seed, profile))
