"""The seed's walk-through as one record: before, during (busybox1, busybox2), pings, egress.

Before: the host's namespace and `docker network inspect bridge`. Then two containers; inside
them `ip addr`, `route -n`, the pings; egress to an outside the suite makes; the host and
bridge again. Every seed claim is judged from this one record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docker_conformance.conformance.model.engine import EngineFacts
from docker_conformance.conformance.model.execs import Exec, Ping
from docker_conformance.conformance.model.named import Named
from docker_conformance.conformance.model.netns import Link, NetnsView, ipam_configs

BRIDGE_NAME_OPTION = "com.docker.network.bridge.name"


@dataclass(frozen=True)
class Snapshot:
    """The host's namespace (where the engine's bridge lives) and the bridge network's inspect."""

    host: NetnsView
    bridge: dict[str, Any]
    steady: bool = True  # the network's endpoints did not change while the snapshot was read

    @property
    def device(self) -> str | None:
        """The Linux bridge behind the network: its option, else the link holding the gateway."""
        name = (self.bridge.get("Options") or {}).get(BRIDGE_NAME_OPTION)
        if name:
            return name
        gateways = {c.get("Gateway") for c in ipam_configs(self.bridge)}
        return next(
            (
                link.name
                for link in self.host.links
                if link.kind == "bridge" and {a.address for a in link.addresses} & gateways
            ),
            None,
        )

    def bridge_link(self, default: str) -> Link | None:
        """The bridge device's link: the one the network names, else `default` (docker0)."""
        return self.host.interface(self.device or default)

    def listed(self) -> dict[str, dict[str, Any]]:
        """The network's `Containers`, keyed by container ID."""
        return self.bridge.get("Containers") or {}


@dataclass(frozen=True)
class ContainerView:
    role: Named  # the seed's name: busybox1, busybox2
    name: Named  # the unique name the engine knows
    id: str
    pid: int
    endpoint: dict[str, Any]  # NetworkSettings.Networks.bridge
    netns: NetnsView | None  # None when the namespace could not be entered (not root)
    ip_addr: Exec
    route: Exec | None = None


@dataclass(frozen=True)
class Egress:
    source: str
    host_veth: str
    host_address: str
    outside: str
    device: str
    packets_on_bridge: tuple[str, ...]
    peer_seen: str | None
    payload: str
    nc: Exec
    ping: Ping


@dataclass(frozen=True)
class SeedObservation:
    engine: EngineFacts
    networks: tuple[dict[str, str], ...]
    before: Snapshot
    during: Snapshot
    busybox1: ContainerView
    busybox2: ContainerView
    ping: Ping
    gateway_ping: Ping
    egress: Egress | None
    limits: tuple[str, ...] = field(default=())  # what could not be observed, and why
    activity: tuple[str, ...] = ()  # what others did on the bridge between `before` and `during`
    attempts: int = 1  # walk-throughs made before one ran in a quiet window (or the last one)

    def containers(self) -> tuple[ContainerView, ContainerView]:
        return (self.busybox1, self.busybox2)

    def bridge_shot(self, default: str) -> Snapshot:
        """The snapshot that shows the bridge: before the containers, where it exists then (as
        docker0 does), else while they ran (an engine that makes it with the first container)."""
        made_later = not self.before.bridge_link(default) and self.during.bridge_link(default)
        return self.during if made_later else self.before

    def host_end(self, view: ContainerView) -> Link | None:
        """The host link `view`'s eth0 points at, while the containers ran."""
        return self.during.host.peer_of(view.netns)

    def unentered(self) -> str | None:
        """Why the containers' namespaces were not observed, or None when they were."""
        if any(v.netns is None for v in self.containers()):
            return "the containers' namespaces could not be entered: " + "; ".join(self.limits)
        return None
