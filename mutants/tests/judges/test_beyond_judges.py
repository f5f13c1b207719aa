"""Every beyond-the-seed check can fail: recorded real observations, each changed once."""

from __future__ import annotations

from dataclasses import replace

from docker_conformance.conformance.model.execs import Exec
from docker_conformance.conformance.model.scenarios import InternalNetwork, Lifecycle, UserBridges
from tests.helpers import mutate as m


def _route_out(net: InternalNetwork) -> InternalNetwork:
    """A route to the outside beside the network's own."""
    extra = replace(net.inside.routes[0], dst="198.51.100.0/24", gateway="172.99.0.1")
    return replace(net, inside=replace(net.inside, routes=(*net.inside.routes, extra)))


def _bridge_with_endpoint(life: Lifecycle) -> Lifecycle:
    shot = life.after_first_removed
    containers = {life.first_id: {"EndpointID": life.first["EndpointID"], "Name": "busybox1"}}
    return replace(life, after_first_removed=replace(shot, bridge={**shot.bridge, "Containers": containers}))


def _subnet(ubr: UserBridges, subnet: str) -> UserBridges:
    return replace(ubr, net1={**ubr.net1, "IPAM": {"Config": [{"Subnet": subnet}]}})


DEVIATIONS = {
    "D-HOST-1 own namespace": (
        "D-HOST-1",
        lambda r: replace(r, shares_engine_netns=False),
        "container's netns is the engine host's",
    ),
    "D-HOST-1 a veth pair": ("D-HOST-1", m.host_veth_pair, "new host veths whose peer is on the host"),
    "D-NONE-1 an eth0": (
        "D-NONE-1",
        lambda r: replace(
            r, inside=m.add_link(r.inside, replace(r.inside.links[0], index=2, name="eth0", kind="veth"))
        ),
        "interfaces",
    ),
    "D-LIFE-1 veth left": (
        "D-LIFE-1",
        lambda life: replace(
            life, after_first_removed=replace(life.after_first_removed, host=life.during.host)
        ),
        "after removal",
    ),
    "D-LIFE-1 endpoint left": ("D-LIFE-1", _bridge_with_endpoint, "busybox1's endpoint after removal"),
    "D-LIFE-1 docker0 gone with its last port": (
        "D-LIFE-1",
        lambda life: replace(
            life,
            after_all_removed=m.replace_host(
                life.after_all_removed, [x for x in life.after_all_removed.host.links if x.name != "docker0"]
            ),
        ),
        "once its last port left",
    ),
    "D-LIFE-1 carrier stays": (
        "D-LIFE-1",
        lambda life: replace(
            life,
            after_all_removed=replace(
                life.after_all_removed,
                host=m.link(
                    life.after_all_removed.host, "docker0", flags=("BROADCAST", "MULTICAST", "UP", "LOWER_UP")
                ),
            ),
        ),
        "with its last port gone",
    ),
    "D-LIFE-2 another address": (
        "D-LIFE-2",
        lambda life: replace(life, third={**life.third, "IPAddress": "172.17.0.9"}),
        "busybox3's address",
    ),
    "D-UBR-1 default subnet": (
        "D-UBR-1",
        lambda u: _subnet(u, "172.17.0.0/16"),
        "not the default bridge's subnet",
    ),
    "D-UBR-1 outside the pools": (
        "D-UBR-1",
        lambda u: _subnet(u, "10.1.0.0/16"),
        "subnet from the default pools",
    ),
    "D-UBR-1 no br- device": (
        "D-UBR-1",
        lambda u: replace(u, host=m.link(u.host, f"br-{u.net1['Id'][:12]}", name="podman1")),  # netavark's
        "device name pattern: expected '^br-[0-9a-f]{12}$', saw 'podman1'",
    ),
    "D-UBR-2 no embedded DNS": (
        "D-UBR-2",
        lambda u: replace(u, lookup_same_network=Exec("nslookup", 1, "** server can't find u2")),
        "u1 resolves u2 by name",
    ),
    "D-UBR-2 default bridge resolves": (
        "D-UBR-2",
        lambda u: replace(u, hosts_default=Exec("cat /etc/hosts", 0, f"{u.u2_address}\tu2\n")),
        "default bridge /etc/hosts knows u2",
    ),
    "D-UBR-3 not isolated": (
        "D-UBR-3",
        lambda u: replace(u, across_networks=m.answered(u.across_networks)),
        "other network",
    ),
    "D-UBR-4 no eth1": (
        "D-UBR-4",
        lambda u: replace(
            u,
            connected=replace(
                u.connected, links=tuple(link for link in u.connected.links if link.name != "eth1")
            ),
        ),
        "u1 has eth1",
    ),
    "D-PORT-1 nothing arrives": ("D-PORT-1", lambda p: replace(p, received=""), "read through"),
    "D-INT-1 reaches the outside": (
        "D-INT-1",
        lambda i: replace(i, peer_seen="198.51.100.1"),
        "saw a connection",
    ),
    "D-INT-1 no ping within": (
        "D-INT-1",
        lambda i: replace(i, within_network=m.lost(i.within_network)),
        "replies received",
    ),
    "D-INT-1 a route out": ("D-INT-1", _route_out, "i1 routes"),
}

# one for each fact the ones above leave unreached (tests/judges/test_every_fact.py counts them)
DEVIATIONS |= {
    "D-NONE-1 a veth pair": ("D-NONE-1", m.host_veth_pair, "new host veths whose peer is on the host"),
    "D-LIFE-1 no veth seen": ("D-LIFE-1", lambda life: replace(life, first_veth=None), "host veth was there"),
    "D-UBR-1 one subnet twice": (
        "D-UBR-1",
        lambda u: replace(u, net2={**u.net2, "IPAM": u.net1["IPAM"]}),
        "subnets differ",
    ),
    "D-UBR-2 no embedded DNS on the user network": (
        "D-UBR-2",
        lambda u: replace(u, resolv_user=Exec("cat /etc/resolv.conf", 0, "nameserver 127.0.0.1\n")),
        "user network resolv.conf",
    ),
    "D-UBR-2 the default bridge's resolv.conf names it": (
        "D-UBR-2",
        lambda u: replace(u, resolv_default=Exec("cat /etc/resolv.conf", 0, "nameserver 127.0.0.11\n")),
        "default bridge resolv.conf",
    ),
    "D-UBR-2 the default bridge looks u2 up": (
        "D-UBR-2",
        lambda u: replace(
            u, lookup_default_bridge=Exec("nslookup u2", 0, f"Name:\tu2\nAddress: {u.u2_address}\n")
        ),
        "default bridge lookup",
    ),
    "D-UBR-3 u2 silent": (
        "D-UBR-3",
        lambda u: replace(u, within_network=m.lost(u.within_network)),
        "same network",
    ),
    "D-INT-1 the outside answers pings": (
        "D-INT-1",
        lambda i: replace(i, ping_outside=m.answered(i.ping_outside)),
        "replies from the outside",
    ),
}
