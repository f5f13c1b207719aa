"""S-VETH-*: the veth pair: eth0 in the container, vethXXXXXXX on the host, and how they meet."""

from __future__ import annotations

import re

from conformance.judges.ipam import cidr_in
from conformance.profile import Profile
from conformance.verdict import Judgement, Verdict
from fixtures.netview import Link
from fixtures.seed import ContainerView, SeedObservation


def host_end(seed: SeedObservation, view: ContainerView) -> Link | None:
    """The host link eth0 points at (its IFLA_LINK index in the engine's namespace)."""
    eth0 = view.netns.interface("eth0") if view.netns else None
    return seed.during.host.by_index(eth0.peer_index) if eth0 else None


def _unobservable(seed: SeedObservation) -> str | None:
    if any(v.netns is None for v in seed.containers()):
        return "the containers' namespaces could not be entered: " + "; ".join(seed.limits)
    return None


def two_interfaces(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-VETH-1: exactly lo (127.0.0.1/8, LOOPBACK, UP, MTU 65536) and eth0."""
    j = Judgement("S-VETH-1", profile)
    if why := _unobservable(seed):
        return j.not_applicable(why)
    for view in seed.containers():
        assert view.netns is not None
        j.expect(
            f"{view.role} interfaces",
            "container.interfaces",
            tuple(sorted(view.netns.names())),
            via=lambda names: tuple(sorted(names)),
        )
        lo = view.netns.interface("lo")
        j.expect(f"{view.role} lo address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None)
        j.fact(
            f"{view.role} lo flags include",
            ("LOOPBACK", "UP"),
            lo.flags if lo else (),
            holds=bool(lo) and {"LOOPBACK", "UP"} <= set(lo.flags),
        )
        j.expect(f"{view.role} lo MTU", "container.loopback_mtu", lo.mtu if lo else None)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())
    return j.verdict()


def container_eth0(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-VETH-2: eth0 UP, LOWER_UP, BROADCAST, MULTICAST; MTU; <ip>/16 brd; MAC as in inspect."""
    j = Judgement("S-VETH-2", profile)
    if why := _unobservable(seed):
        return j.not_applicable(why)
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface("eth0")
        address = eth0.ipv4 if eth0 else None
        j.includes(f"{view.role} eth0 flags include", "container.eth0_flags", eth0.flags if eth0 else ())
        j.expect(f"{view.role} eth0 MTU", "container.mtu", eth0.mtu if eth0 else None)
        j.expect(
            f"{view.role} eth0 address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
        )
        j.expect(f"{view.role} eth0 broadcast", "bridge.broadcast", address.broadcast if address else None)
        j.fact(f"{view.role} eth0 scope", "global", address.scope if address else None)
        j.fact(
            f"{view.role} eth0 MAC = inspect MacAddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
    return j.verdict()


def one_host_veth_each(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-VETH-3: each container adds one host interface of kind veth, named veth + 7 hex."""
    j = Judgement("S-VETH-3", profile)
    before = {link.name for link in seed.before.host.veths()}
    added = [link for link in seed.during.host.veths() if link.name not in before]
    j.fact("host veths added by two containers", 2, len(added))
    pattern = re.compile(profile.container.veth_name)
    for link in added:
        j.expect(
            f"{link.name} name", "container.veth_name", link.name, holds=bool(pattern.fullmatch(link.name))
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in added))
    return j.verdict()


def pair_indices(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-VETH-4: eth0@ifN where N is the host veth's index; the host veth@ifM, M eth0's index."""
    j = Judgement("S-VETH-4", profile)
    if why := _unobservable(seed):
        return j.not_applicable(why)
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface("eth0"), host_end(seed, view)
        j.fact(f"{view.role} eth0@ifN names a host veth", "veth", veth.kind if veth else None)
        if not (eth0 and veth):
            continue
        j.fact(f"{veth.name}@ifM names eth0's index", eth0.index, veth.peer_index)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            f"{view.role} eth0/veth indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
        )
    return j.verdict()


def host_end_on_bridge(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-VETH-5: master docker0, state UP, MTU = docker0's, a link-netnsid distinct per container."""
    j = Judgement("S-VETH-5", profile)
    if why := _unobservable(seed):
        return j.not_applicable(why)
    bridge = seed.during.host.interface(seed.during.device or profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = host_end(seed, view)
        if veth is None or bridge is None:
            j.fact(f"{view.role} host veth and bridge found", True, False)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect(f"{veth.name} master", "bridge.device", master.name if master else None)
        j.fact(f"{veth.name} state", "UP", veth.operstate)
        j.fact(f"{veth.name} MTU = {bridge.name}'s", bridge.mtu, veth.mtu)
        j.fact(f"{veth.name} has a link-netnsid", True, veth.link_netnsid is not None)
        netnsids.append(veth.link_netnsid)
    j.fact("link-netnsids distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))
    return j.verdict()
