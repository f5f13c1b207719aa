"""S-BR-*: docker0 itself: its address, link attributes, MAC and carrier."""

from __future__ import annotations

import ipaddress

from conformance.profile import Profile
from conformance.verdict import Judgement, Verdict
from fixtures.netview import Link
from fixtures.seed import SeedObservation, Snapshot


def bridge_link(shot: Snapshot, profile: Profile) -> Link | None:
    return shot.host.interface(shot.device or profile.bridge.device)


def _prefixlen(subnet: str) -> int:
    return ipaddress.IPv4Network(subnet).prefixlen


def _netmask(subnet: str) -> str:
    return str(ipaddress.IPv4Network(subnet).netmask)


def locally_administered_unicast(mac: str) -> bool:
    first = int(mac.split(":")[0], 16)
    return bool(first & 0x02) and not first & 0x01


def docker0_address(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-BR-1: docker0's IPv4 address: 172.17.0.1/16, broadcast 172.17.255.255, scope global."""
    j = Judgement("S-BR-1", profile)
    link = bridge_link(seed.before, profile)
    address = link.ipv4 if link else None
    j.expect("address", "bridge.gateway", address.address if address else None)
    j.expect("prefix length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.fact("scope", "global", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")
    return j.verdict()


def docker0_link(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-BR-2: MTU 1500, flags UP BROADCAST MULTICAST, qdisc noqueue, link type Ethernet."""
    j = Judgement("S-BR-2", profile)
    link = bridge_link(seed.before, profile)
    j.expect("MTU", "bridge.mtu", link.mtu if link else None)
    j.includes("flags include", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")
    return j.verdict()


def docker0_mac(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-BR-3: docker0's MAC is locally administered unicast (02:42:... on the seed's engines)."""
    j = Judgement("S-BR-3", profile)
    link = bridge_link(seed.before, profile)
    mac = link.mac if link else ""
    j.fact("locally administered unicast", True, bool(mac) and locally_administered_unicast(mac))
    j.expect(
        "MAC prefix",
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
    )
    j.attach("MAC", mac)
    return j.verdict()


def docker0_carrier(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-BR-4: no attached container: NO-CARRIER, DOWN; at least one: LOWER_UP, UP."""
    j = Judgement("S-BR-4", profile)
    before, during = bridge_link(seed.before, profile), bridge_link(seed.during, profile)
    if before and not seed.before.host.ports(before) and not seed.before.bridge.get("Containers"):
        j.fact("empty bridge: carrier", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.fact("empty bridge: state", "DOWN", before.operstate)
    else:
        j.note(
            "the bridge already had ports before the run: the empty half was not observable"
            if before
            else "there was no bridge before the first container: the empty half was not observable"
        )
    j.fact("with containers: carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.fact("with containers: state", "UP", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")
    return j.verdict()
