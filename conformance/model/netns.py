"""A network namespace as `ip addr`, `ip -d link` and `route -n` show it: links, addresses, routes."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Annotated

from docker_conformance.conformance.model.named import NOT_EMPTY, Named


@dataclass(frozen=True)
class Address:
    address: Named
    prefixlen: int
    broadcast: str | None
    scope: str

    @property
    def cidr(self) -> str:
        return f"{self.address}/{self.prefixlen}"

    @property
    def netmask(self) -> str:
        return str(ipaddress.IPv4Network(self.cidr, strict=False).netmask)


SUITE_VETH = "dcf"  # the prefix of the veths the suite makes for its outsides (`dcf<run><tag>`)


@dataclass(frozen=True)
class Link:
    index: int
    name: Named
    kind: str | None
    link_type: str
    mtu: int
    flags: tuple[Named, ...]
    operstate: str
    mac: str
    qdisc: str | None
    master: int | None = None
    peer_index: int | None = None
    link_netnsid: int | None = None
    stp_state: int | None = None
    bridge_id: str | None = None
    addresses: tuple[Address, ...] = ()  # IPv4
    addresses6: tuple[Address, ...] = ()  # IPv6 (`inet6` in `ip addr`)

    @property
    def carrier(self) -> bool:
        return "LOWER_UP" in self.flags

    @property
    def ipv4(self) -> Address | None:
        return self.addresses[0] if self.addresses else None

    @property
    def cidrs(self) -> tuple[str, ...]:
        return tuple(sorted(a.cidr for a in self.addresses))

    @property
    def suite_made(self) -> bool:
        """One of the suite's own outsides' veths, not a container's."""
        return self.name.startswith(SUITE_VETH)

    @property
    def label(self) -> str:
        """The name as `ip link` prints it: `eth0@if9`."""
        return f"{self.name}@if{self.peer_index}" if self.peer_index else self.name

    def summary(self) -> str:
        """One line in the shape of `ip link show`."""
        parts = [f"{self.index}: {self.label}: <{','.join(self.flags)}> mtu {self.mtu}"]
        if self.qdisc:
            parts.append(f"qdisc {self.qdisc}")
        if self.master:
            parts.append(f"master if{self.master}")
        parts.append(f"state {self.operstate} link/{self.link_type} {self.mac}")
        if self.link_netnsid is not None:
            parts.append(f"link-netnsid {self.link_netnsid}")
        parts.extend(f"inet {a.cidr} brd {a.broadcast} scope {a.scope}" for a in self.addresses)
        parts.extend(f"inet6 {a.cidr} scope {a.scope}" for a in self.addresses6)
        return " ".join(parts)


@dataclass(frozen=True)
class Route:
    dst: str
    gateway: str | None
    dev: str
    scope: str

    @property
    def flags(self) -> str:
        return "UG" if self.gateway else "U"

    def __str__(self) -> str:
        return f"{self.dst} via {self.gateway or '*'} dev {self.dev} {self.flags}"


@dataclass(frozen=True)
class NetnsView:
    links: Annotated[tuple[Link, ...], NOT_EMPTY]
    routes: tuple[Route, ...] = field(default=())

    def interface(self, name: str) -> Link | None:
        return next((link for link in self.links if link.name == name), None)

    def by_index(self, index: int | None) -> Link | None:
        return next((link for link in self.links if link.index == index), None)

    def veths(self) -> tuple[Link, ...]:
        return tuple(link for link in self.links if link.kind == "veth")

    def ports(self, bridge: Link | None) -> tuple[Link, ...]:
        return tuple(link for link in self.links if bridge and link.master == bridge.index)

    def names(self) -> tuple[str, ...]:
        return tuple(link.name for link in self.links)

    def holds(self, name: str | None, index: int | None = None) -> bool:
        """Whether link `name` is here; with `index`, that very link (an engine may give a later
        link the same name: netavark's vethN)."""
        return any(link.name == name and index in (None, link.index) for link in self.links)

    def bridge_of(self, network: dict, default: str) -> Link | None:
        """A network's Linux bridge: the one its option names, else the bridge holding its gateway
        (whatever the engine calls it: Docker's br-<id>, netavark's podmanN), else `default`."""
        named = (network.get("Options") or {}).get("com.docker.network.bridge.name")
        gateways = {c.get("Gateway") for c in ipam_configs(network)} - {None}
        holding = (
            link
            for link in self.links
            if link.kind == "bridge" and {a.address for a in (*link.addresses, *link.addresses6)} & gateways
        )
        return self.interface(named) if named else next(holding, None) or self.interface(default)

    def peer_of(self, inside: NetnsView | None, name: str = "eth0") -> Link | None:
        """The link of this namespace that `name` in `inside` points at (the far end of its veth)."""
        end = inside.interface(name) if inside else None
        return self.by_index(end.peer_index) if end else None

    def dump(self) -> str:
        """The whole view as text, for a report attachment."""
        return "\n".join([*(link.summary() for link in self.links), *(f"route {r}" for r in self.routes)])


def ipam_configs(network: dict) -> list[dict]:
    """The IPAM configs of a `docker network inspect` record (what is not one left out)."""
    return [c for c in (network.get("IPAM") or {}).get("Config") or [] if isinstance(c, dict)]


def ipam_config(network: dict) -> dict:
    """The first IPAM config of a `docker network inspect` record ({} when it has none)."""
    return next(iter(ipam_configs(network)), {})


def subnet_of(network: dict) -> str | None:
    return ipam_config(network).get("Subnet")


def gateway_of(network: dict) -> str | None:
    return ipam_config(network).get("Gateway")
