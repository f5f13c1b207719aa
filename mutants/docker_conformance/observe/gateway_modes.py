"""Gateway modes and trusted host interfaces (D-GWM-*), each as Docker's "Port publishing and
mapping" page documents it: a network of the suite's own in each mode the profile documents for
this engine (on a /24 of the documentation or benchmarking ranges), a container listening on
8080 (published, `-p 8080`) and 8081 (never published), and two outsides of the suite's own on
links of their own, routing the networks through this host. A mode the engine predates is not
made: an older engine would take the option as an unknown one and make a plain network.
"""

from __future__ import annotations

from contextlib import ExitStack
from functools import partial
from typing import Any

from docker.errors import APIError
from docker.models.containers import Container
from docker.types import IPAMConfig, IPAMPool

from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.model.gateway_modes import (
    MODE_OPTION,
    TRUSTED_OPTION,
    GatewayModes,
    ModeNetwork,
)
from docker_conformance.observe.containers import Containers, endpoint, netns_path, with_command, with_network
from docker_conformance.observe.engine import Engine
from docker_conformance.observe.execs import ping, side_by_side
from docker_conformance.observe.netview import netlink, read_netns
from docker_conformance.observe.outside import Outside, outside_namespace, reach_outside, reserved_range
from docker_conformance.observe.ownership import Run
from docker_conformance.observe.reach import answered, attempt

PUBLISHED, UNPUBLISHED = 8080, 8081
TWO_LISTENERS = (
    "sh",
    "-c",
    f"nc -ll -p {PUBLISHED} -e echo conformance & nc -ll -p {UNPUBLISHED} -e echo conformance & wait",
)


def documented(profile: Profile) -> list[str]:
    """The modes this engine documents, by the profile (its version's changes applied)."""
    modes = profile.gateway_modes
    return [
        mode
        for mode, on in (
            ("routed", modes.routed),
            ("nat-unprotected", modes.nat_unprotected),
            ("isolated", modes.isolated),
            ("trusted_host_interfaces", modes.trusted_interfaces),
        )
        if on
    ]


def _route(netns: str, via: str, destinations: list[str]) -> None:
    """Routes in an outside for exactly these destinations via this host: nothing else."""
    with netlink(netns) as nl:
        for destination in destinations:
            nl.route("add", dst=destination, gateway=via)


def _options(mode: str, trusted: Outside) -> tuple[dict[str, str], bool]:
    """The network's options for `mode`, and whether it is --internal."""
    if mode == "trusted_host_interfaces":
        return {TRUSTED_OPTION: trusted.host_veth}, False
    return {MODE_OPTION: mode}, mode == "isolated"


def _bridge_addresses(engine: Engine, network: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """The network's Linux bridge (br- + 12 hex of its ID) and its IPv4 addresses."""
    name = (network.get("Options") or {}).get("com.docker.network.bridge.name") or f"br-{network['Id'][:12]}"
    host = read_netns(engine.netns)
    link = next((link for link in host.links if link.name == name), None)
    return name, link.cidrs if link else ()


def observe_gateway_modes(engine: Engine, factory: Containers, run: Run, profile: Profile) -> GatewayModes:
    """Each documented mode's network, and what the outsides reach there."""
    modes = documented(profile)
    if not modes:  # the engine predates them all: nothing to make, nowhere to send
        return GatewayModes(outside="", outside_link="", second_outside="", host_address="")
    host = read_netns(engine.netns)
    with ExitStack() as stack:
        scenario = stack.enter_context(factory.scoped())
        first = stack.enter_context(outside_namespace(run, engine.netns, host, tag="m"))
        second = stack.enter_context(outside_namespace(run, engine.netns, host, tag="t"))
        nets = {mode: stack.enter_context(reserved_range(host, "m")) for mode in modes}
        made: dict[str, tuple[Any, list[Container]]] = {}
        refused: dict[str, ModeNetwork] = {}
        for mode, net in nets.items():
            options, internal = _options(mode, first)
            gateway = str(next(net.hosts()))
            try:
                network = scenario.network(
                    mode.replace("_", "-"),
                    internal=internal,
                    options=options,
                    ipam=IPAMConfig(pool_configs=[IPAMPool(subnet=str(net), gateway=gateway)]),
                )
            except APIError as exc:
                refused[mode] = ModeNetwork(mode, refused=str(exc.explanation or exc), options=options)
                continue
            roles = ["g1", "g2"] if mode == "isolated" else ["g1"]
            publish = {} if mode == "isolated" else {"ports": {f"{PUBLISHED}/tcp": None}}
            containers = side_by_side(
                *(
                    partial(
                        scenario.run, f"{mode[:3]}-{role}", with_network(network.name),
                        with_command(*TWO_LISTENERS), lambda spec, p=publish: spec.update(p),
                    )
                    for role in roles
                )
            )  # fmt: skip
            made[mode] = (network, containers)
        tried = {mode: _tried(engine, mode, *made[mode], (first, second), str(nets[mode])) for mode in made}
        return GatewayModes(
            outside=first.address,
            outside_link=first.host_veth,
            second_outside=second.address,
            host_address=first.host_address,
            networks=refused | tried,
        )


def _tried(
    engine: Engine,
    mode: str,
    network: Any,
    containers: list[Container],
    outsides: tuple[Outside, Outside],
    subnet: str,
) -> ModeNetwork:
    """What the outsides reach of one mode's network (and, isolated, what its containers reach)."""
    first, second = outsides
    network.reload()
    g1 = containers[0]
    address = endpoint(g1, network.name).get("IPAddress", "")
    bridge, addresses = _bridge_addresses(engine, network.attrs)
    options = dict(network.attrs.get("Options") or {})
    if mode == "isolated":
        peer = endpoint(containers[1], network.name).get("IPAddress", "")
        within, egress = side_by_side(
            partial(ping, g1, "g1", peer, "-c", "1", "-W", "2"),
            partial(reach_outside, g1, "g1", first, 1),  # nothing is to arrive
        )
        return ModeNetwork(
            mode, options=options, network=network.attrs, bridge=bridge, bridge_addresses=addresses,
            address=address, peer=within, egress=egress.nc, egress_peer=egress.peer,
            inside=read_netns(netns_path(g1)),
        )  # fmt: skip
    there, other = f"/run/netns/{first.netns}", f"/run/netns/{second.netns}"
    if mode == "trusted_host_interfaces":
        _route(there, first.host_address, [f"{address}/32"])
        _route(other, second.host_address, [f"{address}/32"])
    else:
        _route(there, first.host_address, [subnet])
    answered(engine.netns, address, PUBLISHED)  # the listener is up
    published, unpublished, untrusted = side_by_side(
        partial(attempt, there, address, PUBLISHED),
        partial(attempt, there, address, UNPUBLISHED),
        partial(attempt, other, address, PUBLISHED),
    )
    egress = reach_outside(g1, "g1", first) if mode == "routed" else None
    g1.reload()
    ports = dict(g1.attrs.get("NetworkSettings", {}).get("Ports") or {})
    bindings = [b for each in ports.values() for b in each or ()]
    shown = [int(b["HostPort"]) for b in bindings if str(b.get("HostPort")).isdigit()]
    host_port = attempt(there, first.host_address, shown[0]) if mode == "routed" and shown else None
    return ModeNetwork(
        mode, options=options, network=network.attrs, bridge=bridge, bridge_addresses=addresses,
        address=address, ports=ports, published=published, unpublished=unpublished, host_port=host_port,
        untrusted=untrusted if mode == "trusted_host_interfaces" else None,
        egress=egress.nc if egress else None, egress_peer=egress.peer if egress else None,
    )  # fmt: skip
