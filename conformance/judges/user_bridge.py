"""D-UBR-*: user-defined bridges: own device and subnet, name resolution, isolation, connect."""

from __future__ import annotations

import ipaddress
import re

from conformance.model.netns import subnet_of
from conformance.model.scenarios import UserBridges
from conformance.profile import Profile
from conformance.registry import claim
from conformance.verdict import Judgement


@claim("D-UBR-1", observes="user_bridges")
def own_bridge_and_subnet(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A user-defined bridge network gets its own Linux bridge and its own subnet.

    Documented: bridge named like {user_bridge.device} (br- + first 12 hex of the network ID); subnet from the
        default pools {user_bridge.pools}, not {bridge.subnet}
    By hand: docker network create mynet; ip -d link show type bridge; docker network inspect mynet
    Title: A user-defined network gets its own br-<id> bridge and subnet
    """
    expected_device = f"br-{ubr.net1['Id'][:12]}"
    device = ubr.host.interface(expected_device)
    j.expect(
        "device name pattern",
        "user_bridge.device",
        device.name if device else None,
        holds=bool(device) and bool(re.fullmatch(profile.user_bridge.device, device.name)),
        varies=True,
    )
    j.expect("device's link kind", "user_bridge.kind", device.kind if device else None)
    subnet = subnet_of(ubr.net1)
    network = ipaddress.IPv4Network(subnet) if subnet else None
    default = ubr.bridge_subnet or profile.bridge.subnet  # the default bridge's, as the engine has it
    j.fact(
        "not the default bridge's subnet",
        f"anything but {default}",
        subnet,
        holds=bool(network) and not network.overlaps(ipaddress.IPv4Network(default)),
    )
    j.expect(
        "subnet from the default pools",
        "user_bridge.pools",
        subnet,
        holds=bool(network)
        and any(network.subnet_of(ipaddress.IPv4Network(p)) for p in profile.user_bridge.pools),
        varies=True,
    )
    j.fact("the two networks' subnets differ", True, subnet_of(ubr.net1) != subnet_of(ubr.net2))
    j.attach("bridge device", device.summary() if device else "absent")


@claim("D-UBR-2", observes="user_bridges")
def name_resolution(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """Containers on a user-defined bridge resolve each other by name; on the default bridge they do not.

    Documented: embedded DNS at {user_bridge.dns} on user-defined networks only
    By hand: docker exec c1 nslookup c2 127.0.0.11; docker exec c1 cat /etc/resolv.conf
    Title: Names resolve on a user-defined bridge, not on the default one
    """
    dns = profile.user_bridge.dns
    j.expect(
        "user network resolv.conf nameserver",
        "user_bridge.dns",
        dns if f"nameserver {dns}" in ubr.resolv_user.output else ubr.resolv_user.output.strip(),
    )
    j.fact(
        "u1 resolves u2 by name",
        ubr.u2_address,
        ubr.u2_address if ubr.u2_address in ubr.lookup_same_network.output.split("Name:")[-1] else None,
    )
    j.fact("default bridge resolv.conf has no embedded DNS", False, dns in ubr.resolv_default.output)
    j.fact("default bridge /etc/hosts knows u2", False, ubr.u2_address in ubr.hosts_default.output)
    j.fact(
        "default bridge lookup of u2 fails",
        "fails",
        "fails" if ubr.u2_address not in ubr.lookup_default_bridge.output else "resolves",
    )
    for ex in (ubr.lookup_same_network, ubr.resolv_user, ubr.lookup_default_bridge, ubr.resolv_default):
        j.attach(ex.command, ex.output)


@claim("D-UBR-3", observes="user_bridges")
def isolation(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """Networks are isolated from each other.

    Documented: a container on one bridge network cannot reach a container on another
    By hand: docker exec c1 ping -c 1 -W 1 <address on the other network>
    Title: Two bridge networks cannot reach each other
    """
    j.fact("u1 -> u2 (same network) answered", True, ubr.within_network.received > 0)
    j.fact("u1 -> v1 (other network) answered", False, ubr.across_networks.received > 0)
    j.attach(ubr.within_network.exec.command, ubr.within_network.exec.output)
    j.attach(ubr.across_networks.exec.command, ubr.across_networks.exec.output)


@claim("D-UBR-4", observes="user_bridges")
def second_interface(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container connected to a second network gets a second interface.

    Documented: eth1 with an address of that network
    By hand: docker network connect mynet busybox1; docker exec busybox1 ip addr show eth1
    Title: docker network connect adds eth1
    """
    eth1 = ubr.connected.interface("eth1")
    address = eth1.ipv4 if eth1 else None
    j.fact("u1 has eth1", True, eth1 is not None)
    j.fact(
        "eth1 address = the endpoint's",
        ubr.connected_endpoint.get("IPAddress"),
        address.address if address else None,
    )
    subnet = subnet_of(ubr.net2)
    j.fact(
        "eth1 address is in net2's subnet",
        subnet,
        subnet
        if address and subnet and ipaddress.IPv4Address(address.address) in ipaddress.IPv4Network(subnet)
        else None,
    )
    j.attach(ubr.connect_ip_addr.command, ubr.connect_ip_addr.output)
