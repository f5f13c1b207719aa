"""The scenarios beyond the seed, each as plain data: other drivers, lifecycle, user networks, ports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from conformance.model.execs import Exec, Ping
from conformance.model.netns import Link, NetnsView
from conformance.model.seed import Snapshot


@dataclass(frozen=True)
class DriverRun:
    """A container on `--network host` or `--network none`, seen from inside and from the host."""

    network: str
    shares_engine_netns: bool
    inside: NetnsView
    veths_added: tuple[Link, ...]  # host veths that appeared meanwhile (other tests' included)
    ip_addr: Exec
    activity: tuple[str, ...] = ()  # other containers joining or leaving networks meanwhile
    attempts: int = 1


@dataclass(frozen=True)
class Lifecycle:
    """busybox1 and busybox2 run; busybox1 is removed; busybox3 runs; all are removed."""

    first: dict[str, Any]  # busybox1's endpoint
    first_veth: str | None
    during: Snapshot
    after_first_removed: Snapshot
    third: dict[str, Any]  # busybox3's endpoint
    after_all_removed: Snapshot
    first_id: str = ""  # busybox1's container ID: how the bridge lists it
    activity: tuple[str, ...] = ()  # other containers joining or leaving the bridge meanwhile
    attempts: int = 1


@dataclass(frozen=True)
class UserBridges:
    """Two user-defined bridge networks; u1, u2 on the first, v1 on the second, d1 on bridge."""

    net1: dict[str, Any]
    net2: dict[str, Any]
    host: NetnsView
    lookup_same_network: Exec  # u1 looks up u2 by name
    u2_address: str
    resolv_user: Exec  # u1's resolv.conf
    lookup_default_bridge: Exec  # d1 looks up u2 by name
    resolv_default: Exec
    hosts_default: Exec
    across_networks: Ping  # u1 -> v1, before they share a network
    within_network: Ping  # u1 -> u2
    connected: NetnsView  # u1's namespace after `docker network connect net2 u1`
    connected_endpoint: dict[str, Any]  # u1's endpoint on net2
    connect_ip_addr: Exec
    bridge_subnet: str | None = None  # the default bridge's subnet, as the engine had it


@dataclass(frozen=True)
class PublishedPort:
    host_ip: str
    host_port: int
    container_port: int
    bindings: dict[str, Any]  # NetworkSettings.Ports
    received: str
    attempts: int


@dataclass(frozen=True)
class InternalNetwork:
    """`docker network create --internal`: i1 and i2 on it, and an outside the suite made."""

    network: dict[str, Any]  # its inspect
    inside: NetnsView  # i1's namespace: its routes
    within_network: Ping  # i1 -> i2 by address
    outside: str  # the outside's address (a documentation range, a namespace of the suite's)
    to_outside: Exec  # i1 sends a line to the outside's listener
    peer_seen: str | None  # who the outside's listener saw connect (None: nobody)
    ping_outside: Ping
