"""Gateway modes and trusted host interfaces (D-GWM-*): networks made in each documented mode,
and what an outside of the suite's own reaches there by routing through this host."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docker_conformance.conformance.model.execs import Exec, Ping
from docker_conformance.conformance.model.netns import NetnsView
from docker_conformance.conformance.model.reachability import Attempt

# the network options, as Docker's "Port publishing and mapping" page names them
MODE_OPTION = "com.docker.network.bridge.gateway_mode_ipv4"
TRUSTED_OPTION = "com.docker.network.bridge.trusted_host_interfaces"
# what the observation tries, each with the option it sets: the profile says which the engine documents
MODES = ("routed", "nat-unprotected", "isolated", "trusted_host_interfaces")


@dataclass(frozen=True)
class ModeNetwork:
    """One network made in a mode: its container(s), and what the outside tried there."""

    mode: str  # one of MODES
    refused: str = ""  # the engine's error when it would not make the network ("": made)
    options: dict[str, str] = field(default_factory=dict)  # the options the suite gave it
    network: dict[str, Any] = field(default_factory=dict)  # its inspect
    bridge: str = ""  # its Linux bridge on the host
    bridge_addresses: tuple[str, ...] = ()  # the bridge's IPv4 addresses (CIDR)
    address: str = ""  # the first container's address on it
    ports: dict[str, Any] = field(default_factory=dict)  # that container's NetworkSettings.Ports
    published: Attempt | None = None  # outside -> <address>:8080 (published with -p 8080)
    unpublished: Attempt | None = None  # outside -> <address>:8081 (never published)
    untrusted: Attempt | None = None  # the second outside, on another link -> <address>:8080
    host_port: Attempt | None = None  # routed: the outside -> <host address>:<HostPort inspect shows>
    egress_peer: str | None = None  # the address the outside's listener saw the container come from
    egress: Exec | None = None  # the container's line to the outside
    peer: Ping | None = None  # isolated: the first container -> the second, by address
    inside: NetnsView | None = None  # isolated: the first container's namespace (its routes)


@dataclass(frozen=True)
class GatewayModes:
    """Each mode the profile documents for this engine, made and tried; the others not made."""

    outside: str  # the first outside's address (a namespace of the suite's, routed through this host)
    outside_link: str  # its link on this host: the interface a trusted network names
    second_outside: str  # the second outside's address, on another link of its own
    host_address: str  # this host's address on the first outside's link
    networks: dict[str, ModeNetwork] = field(default_factory=dict)  # mode -> its network
