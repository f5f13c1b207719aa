"""Installing Docker: docker0 appears, it is the `bridge` network's device, three networks."""

from conformance.claims import claim
from conformance.judges import install


@claim("S-INST-1", title="A running engine creates docker0 on the host")
def test_docker0_exists(seed, profile, check):
    """S-INST-1: "Docker를 설치한 후 ... docker0라는 가상 인터페이스가 생긴다." """
    check(install.docker0_exists(seed, profile))


@claim("S-INST-2", title="docker0 is a Linux bridge behind the network named bridge")
def test_docker0_is_a_bridge(seed, profile, check):
    """S-INST-2: docker0 is the bridge driver's device, not an ordinary virtual interface."""
    check(install.docker0_is_the_bridge_network(seed, profile))


@claim("S-NET-1", title="docker network ls shows bridge, host and none")
def test_three_builtin_networks(seed, profile, check):
    """S-NET-1: "브리지(bridge), 호스트(host), 논(none)": three built-in networks."""
    check(install.three_builtin_networks(seed, profile))
