"""The scenarios beyond the seed, each as plain data: other drivers, lifecycle, user networks,
ports, a network with options, the engine's own settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docker_conformance.conformance.model.execs import Exec, Ping
from docker_conformance.conformance.model.named import Named
from docker_conformance.conformance.model.netns import Link, NetnsView, gateway_of
from docker_conformance.conformance.model.seed import Snapshot

# what v1 prints instead of looking the alias up, when its DNS server is beyond its own loopback
# (docker_conformance/observe/networks.py: such a server would forward an unknown name from the engine's host)
NOT_ASKED = "not asked: the network's DNS server is not on the container's own loopback"


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
    first_veth_index: int | None = None  # its interface index (None: an older recording)
    second: dict[str, Any] = field(default_factory=dict)  # busybox2's endpoint ({}: an older recording)


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
    alias: str = ""  # u2's network-scoped alias on net1
    alias_lookups: tuple[Exec, ...] = ()  # nslookup ALIAS from u1 (net1), then v1 (net2)
    disconnect: Disconnect | None = None
    files: BridgeFiles | None = None

    def placed(self, value: str) -> str:
        """A profile value with `{gateway}` filled in: net1's gateway, as the engine reports it
        (where Podman's aardvark-dns answers)."""
        return value.replace("{gateway}", (gateway_of(self.net1) or "").split("/")[0])

    @property
    def unasked_server(self) -> str:
        """The DNS server v1's lookup of the alias was not sent to (`NOT_ASKED`), or ""."""
        there = self.alias_lookups[1].output if len(self.alias_lookups) > 1 else ""
        return there.split("nameserver")[-1].strip() if there.startswith(NOT_ASKED) else ""


@dataclass(frozen=True)
class Disconnect:
    """u1 before and after `docker network disconnect net2 u1` (connected, it had eth1 there)."""

    address: str  # u1's address on net2 while connected
    host_veth: str | None  # the host end of u1's eth1 while connected
    hosts_connected: Exec  # u1's /etc/hosts while connected
    hosts_after: Exec
    after: NetnsView  # u1's namespace after
    host_after: NetnsView
    endpoints_after: tuple[str, ...]  # the container IDs net2 lists after
    running: bool  # u1 still running after
    host_veth_index: int | None = None  # its interface index (None: an older recording)


@dataclass(frozen=True)
class BridgeFiles:
    """What the engine wrote into containers on the default bridge: d1 (`--dns 127.0.0.1`,
    `--add-host NAME:host-gateway`) and r0 (no `--dns`; its only process is `cat
    /etc/resolv.conf`, so no lookup is ever made); and what it answers to an alias there."""

    id: str  # d1's container ID
    address: str  # d1's address on the bridge
    hosts: Exec
    hostname: Exec
    resolv: Exec
    dns: tuple[str, ...]  # the --dns the suite gave d1
    resolv_no_dns: str  # r0's /etc/resolv.conf
    engine_resolv: str | None  # the engine's own resolv.conf (None: not readable from here)
    gateway_name: str  # NAME in --add-host NAME:host-gateway
    netns: NetnsView | None  # d1's namespace, IPv4 and IPv6 (None: not entered)
    disable_ipv6: Exec  # cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    alias_refused: str  # the engine's error for a network-scoped alias on bridge ("": accepted)


@dataclass(frozen=True)
class CustomNetwork:
    """`docker network create --subnet --ip-range --gateway -o ...mtu=M -o ...enable_icc=false`;
    w1 with a static `--ip`, w2 dynamic; both also on a plain network (ICC as by default)."""

    requested: dict[str, Any]  # subnet, ip_range, gateway, static_ip, mtu as the suite asked
    network: dict[str, Any]  # its inspect
    w1: dict[str, Any]  # endpoints on it
    w2: dict[str, Any]
    host: NetnsView  # the engine's namespace: the network's bridge
    w1_netns: NetnsView
    blocked: Ping  # w1 -> w2 on the icc=false network
    plain: Ping  # w1 -> w2 on the plain network
    to_gateway: Ping  # w1 -> its gateway on the icc=false network (the host still answers)
    ip_refused: str = ""  # the engine's error for `--ip` on the default bridge ("": accepted)


@dataclass(frozen=True)
class PublishedPort:
    """`-p 127.0.0.1:PORT:8080` on a listener; `-p PORT2:8080` (no address) on another, reached
    from the host's loopback (IPv4, IPv6), from an outside the suite made through the host's
    address there, and from containers through that address (hairpin)."""

    host_ip: str
    host_port: int
    container_port: int
    bindings: dict[str, Any]  # NetworkSettings.Ports
    received: str
    attempts: int
    any_port: int = 0  # published without an address
    any_bindings: dict[str, Any] = field(default_factory=dict)
    any_received: dict[str, str] = field(default_factory=dict)  # host address -> what it read
    host_address: str = ""  # the host's address on the outside's link (made by the suite)
    from_outside: dict[str, str] = field(default_factory=dict)  # "loopback port"/"any port" -> read
    hairpin: dict[str, Exec] = field(default_factory=dict)  # "another container"/"itself" -> nc
    # rootless: what the host's loopback (the user's side of RootlessKit's port driver) reads
    received_on_host: str | None = None


@dataclass(frozen=True)
class EngineConfig:
    """The engine's own settings: the default bridge's options, forwarding and FORWARD."""

    bridge_options: dict[str, str]
    ip_forward: str | None  # /proc/sys/net/ipv4/ip_forward in the engine's namespace
    forward_rules: tuple[Named, ...] | None  # `iptables -S FORWARD` there (None: not read)
    unread: str = ""  # why something was not read
    # ip_forward read again while a container of the default bridge ran, when it was 0 before
    # (an engine that turns forwarding on with the first container that needs it: Podman)
    ip_forward_running: str | None = None

    @property
    def forwarding(self) -> str | None:
        """The ip_forward to judge: the one read while a container ran, when there was that read."""
        return self.ip_forward if self.ip_forward_running is None else self.ip_forward_running


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
