"""S-IPAM-*: the bridge network's address management, as `docker network inspect` shows it."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from typing import Any

from conformance.judges.docker0 import locally_administered_unicast
from conformance.profile import Profile
from conformance.verdict import Judgement, Verdict
from fixtures.seed import SeedObservation


def cidr_in(ip: str | None) -> Callable[[str], str]:
    """`ip` written with the prefix length of a subnet: for `expect(..., via=cidr_in(ip))`."""
    return lambda subnet: f"{ip}/{ipaddress.IPv4Network(subnet).prefixlen}"


def _subnet(bridge: dict[str, Any]) -> str | None:
    config = (bridge.get("IPAM") or {}).get("Config") or [{}]
    return config[0].get("Subnet")


def bridge_ipam(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-IPAM-1: Driver bridge, IPAM.Driver default, Options null, Subnet, ConfigOnly false."""
    j = Judgement("S-IPAM-1", profile)
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("Driver", "bridge.driver", bridge.get("Driver"))
    j.expect("IPAM.Driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.fact("IPAM.Options", None, ipam.get("Options"), holds=not ipam.get("Options"))
    j.expect("IPAM.Config[0].Subnet", "bridge.subnet", _subnet(bridge))
    j.fact("ConfigOnly", False, bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))
    return j.verdict()


def bridge_lists_containers(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-IPAM-2: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address, IPv6Address."""
    j = Judgement("S-IPAM-2", profile)
    listed = seed.during.bridge.get("Containers") or {}
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact(f"{view.role} listed by ID", True, entry is not None)
        if entry is None:
            continue
        j.fact(f"{view.role} Name", view.name, entry.get("Name"))
        j.fact(
            f"{view.role} EndpointID",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
        )
        j.fact(f"{view.role} MacAddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"))
        j.expect(
            f"{view.role} IPv4Address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
        )
        j.fact(f"{view.role} IPv6Address", "", entry.get("IPv6Address"))
    j.attach("docker network inspect bridge (Containers)", str(listed))
    return j.verdict()


def joins_bridge_by_default(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-IPAM-3: a container started without --network joins bridge automatically."""
    j = Judgement("S-IPAM-3", profile)
    for view in seed.containers():
        j.fact(f"{view.role} has an endpoint on {profile.bridge.network}", True, bool(view.endpoint))
        j.fact(
            f"{view.role} endpoint's network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID")
        )
    return j.verdict()


def lowest_free(bridge_before: dict[str, Any], subnet: str, gateway: str, count: int) -> list[str]:
    """The `count` lowest addresses of `subnet` that are neither the gateway nor taken."""
    taken = {gateway} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(subnet).hosts():
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def addresses_in_order(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-IPAM-4: the first container gets 172.17.0.2, the next 172.17.0.3 (the lowest free)."""
    j = Judgement("S-IPAM-4", profile)
    subnet = _subnet(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    j.fact("busybox1, busybox2 addresses", expected, observed)
    j.expect("subnet they come from", "bridge.subnet", subnet)
    held = seed.before.bridge.get("Containers") or {}
    if held:
        j.note(
            "expectation computed from what the bridge held before the run: "
            + ", ".join(f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values())
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)
    return j.verdict()


def mac_from_ip(ip: str) -> str:
    return "02:42:" + ":".join(f"{int(octet):02x}" for octet in ip.split("."))


def mac_fits(mac: str, ip: str, rule: str) -> bool:
    if rule == "from-ip":
        return mac == mac_from_ip(ip)
    return bool(mac) and locally_administered_unicast(mac)


def describe_mac_rule(ip: str) -> Callable[[str], str]:
    return lambda rule: mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"


def mac_derived_from_ip(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-IPAM-5: MAC = 02:42 + the IPv4 bytes (02:42:ac:11:00:02 for 172.17.0.2)."""
    j = Judgement("S-IPAM-5", profile)
    for view in seed.containers():
        mac, ip = view.endpoint.get("MacAddress", ""), view.endpoint.get("IPAddress", "")
        j.expect(
            f"{view.role} MAC",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=describe_mac_rule(ip),
        )
    return j.verdict()
