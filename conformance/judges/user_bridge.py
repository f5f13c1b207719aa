"""D-UBR-*: user-defined bridges: own device and subnet, name resolution, isolation, connect."""

from __future__ import annotations

import ipaddress
import re

from conformance.profile import Profile
from conformance.verdict import Judgement, Verdict
from fixtures.beyond import UserBridges


def _subnet(net: dict) -> str | None:
    config = (net.get("IPAM") or {}).get("Config") or [{}]
    return config[0].get("Subnet")


def own_bridge_and_subnet(ubr: UserBridges, profile: Profile) -> Verdict:
    """D-UBR-1: a Linux bridge named br-<first 12 hex of the ID>, a subnet from the pools."""
    j = Judgement("D-UBR-1", profile)
    expected_device = f"br-{ubr.net1['Id'][:12]}"
    device = ubr.host.interface(expected_device)
    j.expect(
        "device name pattern",
        "user_bridge.device",
        device.name if device else None,
        holds=bool(device) and bool(re.fullmatch(profile.user_bridge.device, device.name)),
        varies=True,
    )
    j.fact("device is a Linux bridge", "bridge", device.kind if device else None)
    subnet = _subnet(ubr.net1)
    network = ipaddress.IPv4Network(subnet) if subnet else None
    j.expect(
        "not the default bridge's subnet",
        "bridge.subnet",
        subnet,
        holds=bool(network) and not network.overlaps(ipaddress.IPv4Network(profile.bridge.subnet)),
        via=lambda default: f"anything but {default}",
        varies=True,
    )
    j.expect(
        "subnet from the default pools",
        "user_bridge.pools",
        subnet,
        holds=bool(network)
        and any(network.subnet_of(ipaddress.IPv4Network(p)) for p in profile.user_bridge.pools),
        varies=True,
    )
    j.fact("the two networks' subnets differ", True, _subnet(ubr.net1) != _subnet(ubr.net2))
    j.attach("bridge device", device.summary() if device else "absent")
    return j.verdict()


def name_resolution(ubr: UserBridges, profile: Profile) -> Verdict:
    """D-UBR-2: resolve by name on a user-defined bridge (embedded DNS), not on the default one."""
    j = Judgement("D-UBR-2", profile)
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
    return j.verdict()


def isolation(ubr: UserBridges, profile: Profile) -> Verdict:
    """D-UBR-3: a container on one bridge network cannot reach a container on another."""
    j = Judgement("D-UBR-3", profile)
    j.fact("u1 -> u2 (same network) answered", True, ubr.within_network.received > 0)
    j.fact("u1 -> v1 (other network) answered", False, ubr.across_networks.received > 0)
    j.attach(ubr.within_network.exec.command, ubr.within_network.exec.output)
    j.attach(ubr.across_networks.exec.command, ubr.across_networks.exec.output)
    return j.verdict()


def second_interface(ubr: UserBridges, profile: Profile) -> Verdict:
    """D-UBR-4: `docker network connect` adds eth1 with an address of that network."""
    j = Judgement("D-UBR-4", profile)
    eth1 = ubr.connected.interface("eth1")
    address = eth1.ipv4 if eth1 else None
    j.fact("u1 has eth1", True, eth1 is not None)
    j.fact(
        "eth1 address = the endpoint's",
        ubr.connected_endpoint.get("IPAddress"),
        address.address if address else None,
    )
    subnet = _subnet(ubr.net2)
    j.fact(
        "eth1 address is in net2's subnet",
        subnet,
        subnet
        if address and subnet and ipaddress.IPv4Address(address.address) in ipaddress.IPv4Network(subnet)
        else None,
    )
    j.attach(ubr.connect_ip_addr.command, ubr.connect_ip_addr.output)
    return j.verdict()
