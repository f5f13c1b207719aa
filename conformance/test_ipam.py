"""The bridge network: `docker network inspect bridge` and the addresses it hands out."""

from conformance.claims import claim
from conformance.judges import ipam


@claim("S-IPAM-1", title="The bridge network's IPAM: default driver, subnet 172.17.0.0/16")
def test_bridge_ipam(seed, profile, check):
    """S-IPAM-1: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}."""
    check(ipam.bridge_ipam(seed, profile))


@claim("S-IPAM-2", title="docker network inspect bridge lists busybox1 and busybox2")
def test_bridge_lists_containers(seed, profile, check):
    """S-IPAM-2: "Containers": {<id>: {Name, EndpointID, MacAddress, IPv4Address, IPv6Address}}."""
    check(ipam.bridge_lists_containers(seed, profile))


@claim("S-IPAM-3", title="A container started without --network joins bridge")
def test_joins_bridge_by_default(seed, profile, check):
    """S-IPAM-3: "도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다." """
    check(ipam.joins_bridge_by_default(seed, profile))


@claim("S-IPAM-4", title="busybox1 gets 172.17.0.2, busybox2 gets 172.17.0.3")
def test_addresses_in_order(seed, profile, check):
    """S-IPAM-4: "이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)" """
    check(ipam.addresses_in_order(seed, profile))


@claim("S-IPAM-5", title="A container's MAC is 02:42 followed by its IPv4 address")
def test_mac_derived_from_ip(seed, profile, check):
    """S-IPAM-5: "MacAddress": "02:42:ac:11:00:02" for "IPv4Address": "172.17.0.2/16"."""
    check(ipam.mac_derived_from_ip(seed, profile))
