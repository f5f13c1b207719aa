"""S-ROUTE-*: the container's routing table and its gateway, which is docker0."""

from __future__ import annotations

import ipaddress

from conformance.profile import Profile
from conformance.verdict import Judgement, Verdict
from fixtures.seed import SeedObservation


def routing_table(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-ROUTE-1: default via 172.17.0.1 dev eth0 (UG); 172.17.0.0/16 on-link dev eth0 (U)."""
    j = Judgement("S-ROUTE-1", profile)
    view = seed.busybox1
    if view.netns is None:
        return j.not_applicable("the container's namespace could not be entered")
    routes = {r.dst: r for r in view.netns.routes}
    default, subnet = routes.get("default"), routes.get(str(ipaddress.IPv4Network(profile.bridge.subnet)))
    j.expect("default gateway", "bridge.gateway", default.gateway if default else None)
    j.fact("default route device, flags", ("eth0", "UG"), (default.dev, default.flags) if default else None)
    j.expect(
        "on-link subnet route",
        "bridge.subnet",
        f"{subnet.dst} dev {subnet.dev} {subnet.flags}" if subnet else None,
        holds=bool(subnet) and subnet.dev == "eth0" and subnet.gateway is None,
        via=lambda net: f"{net} dev eth0 U",
    )
    j.fact("no other routes", 2, len(view.netns.routes))
    if view.route:
        j.attach(view.route.command, view.route.output)
    return j.verdict()


def gateway_is_docker0(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-ROUTE-2: the container's gateway is docker0's own address, and it answers."""
    j = Judgement("S-ROUTE-2", profile)
    bridge = seed.during.host.interface(seed.during.device or profile.bridge.device)
    docker0_ip = bridge.ipv4.address if bridge and bridge.ipv4 else None
    gateway = seed.busybox1.endpoint.get("Gateway")
    j.fact(
        "container's gateway = docker0's address",
        docker0_ip,
        gateway,
        holds=bool(gateway) and gateway == docker0_ip,
    )
    j.expect("gateway", "bridge.gateway", gateway)
    j.fact("gateway answers a ping", 1, seed.gateway_ping.received)
    j.attach(seed.gateway_ping.exec.command, seed.gateway_ping.exec.output)
    return j.verdict()
