"""Dual stack (D-V6-*): an IPv6 user network, its containers, another host's view, the default
bridge's IPv6, and `--ipv6` without a subnet, as plain data."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any

from docker_conformance.conformance.model.execs import Exec, Ping
from docker_conformance.conformance.model.named import Named
from docker_conformance.conformance.model.netns import Address, NetnsView, ipam_configs
from docker_conformance.conformance.model.reachability import Attempt


def in_subnet(subnet: str, offset: int) -> str:
    """The address `offset` into an IPv6 subnet (1: its gateway by default)."""
    return str(ipaddress.IPv6Network(subnet).network_address + offset)


def by_scope(addresses: tuple[Address, ...]) -> dict[str, tuple[str, ...]]:
    """Addresses grouped by scope: {"global": (cidr, ...), "link": (...)}."""
    found: dict[str, tuple[str, ...]] = {}
    for a in addresses:
        found[a.scope] = (*found.get(a.scope, ()), a.cidr)
    return found


def ipam_subnets(network: dict[str, Any], version: int) -> tuple[str, ...]:
    """The network's IPAM subnets of one IP version, as `docker network inspect` lists them."""
    configs = ipam_configs(network)
    subnets = (c["Subnet"] for c in configs if c.get("Subnet"))
    return tuple(s for s in subnets if ipaddress.ip_network(s, strict=False).version == version)


@dataclass(frozen=True)
class V6Container:
    """A container on the IPv6 network, seen from inside."""

    role: Named
    name: Named
    endpoint: dict[str, Any]  # its endpoint on the network
    eth0: tuple[Address, ...]  # eth0's IPv6 addresses (netlink)
    routes: tuple[str, ...]  # its IPv6 routes: "default via GW dev eth0", "PREFIX dev eth0"
    disable_ipv6: Exec
    hosts: Exec

    def global_address(self) -> str | None:
        return next((a.address for a in self.eth0 if a.scope == "global"), None)

    def default_route(self) -> str | None:
        return next((r for r in self.routes if r.startswith("default ")), None)

    def dump(self) -> str:
        """`ip -6 addr; ip -6 route`, as the evidence shows them."""
        return "\n".join([*(f"inet6 {a.cidr} scope {a.scope}" for a in self.eth0), *self.routes])


@dataclass(frozen=True)
class V6Egress:
    """A container's TCP connection to an IPv6 outside the suite made, as the outside saw it."""

    host_address: str  # this host's end of the outside's link
    outside: str
    nc: Exec
    peer: str | None  # the address the outside's listener saw connect (None: nothing arrived)
    payload: str


@dataclass(frozen=True)
class DefaultBridgeV6:
    """The default bridge's IPv6, when the engine is configured for it (`ipv6`, `fixed-cidr-v6`)."""

    subnet: str
    gateway: str | None  # IPAM's IPv6 gateway, where the engine lists one
    bridge: tuple[Address, ...]  # docker0's IPv6 addresses
    container: tuple[Address, ...]  # d6's eth0 IPv6 addresses (d6 on the default bridge)
    endpoint: dict[str, Any]


@dataclass(frozen=True)
class Ipv6Observation:
    """`docker network create --ipv6 --subnet 2001:db8:X::/64`: v6a and v6b (v6b listening on 8080,
    published on every address); pings, a lookup, an outside on 2001:db8:Y::/64; the default
    bridge's IPv6; and `--ipv6` without a subnet."""

    unavailable: str  # "" or why IPv6 cannot be observed on this host
    subnet: str = ""  # the /64 the suite gave the network
    network: dict[str, Any] | None = None  # its inspect
    bridge: str = ""  # the network's Linux bridge
    host: NetnsView | None = None  # the engine's namespace
    first: V6Container | None = None
    second: V6Container | None = None
    to_peer: Ping | None = None  # v6a -> v6b
    to_gateway: Ping | None = None
    lookup: Exec | None = None  # v6a: nslookup -type=AAAA v6b (its resolv.conf's server)
    forwarding: str = ""  # net.ipv6.conf.all.forwarding in the engine's namespace
    egress: V6Egress | None = None
    port: int = 0  # v6b's published port
    published: Attempt | None = None  # the outside -> [host address]:PORT
    published_via: str = ""  # "ip6tables DNAT", "nftables DNAT" or "userland proxy"
    nat_rules: tuple[str, ...] = ()  # ip6tables' nat rules naming the port
    default_bridge: DefaultBridgeV6 | None = None  # None: the default bridge has no IPv6
    auto_network: dict[str, Any] | None = None  # `--ipv6` with no subnet: its inspect
    auto_refused: str = ""  # or the engine's refusal
