"""Every seed check can fail: each judge, fed a deviating observation, names its claim."""

from __future__ import annotations

from dataclasses import replace

import pytest

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.model.execs import Exec, Ping
from tests.helpers import mutate as m


def _ping_output(seed, text):
    return replace(seed, ping=Ping("busybox2", seed.ping.target, Exec(seed.ping.exec.command, 0, text)))


def _gateway_unanswered(seed):
    lost = "1 packets transmitted, 0 packets received, 100% packet loss\n"
    return replace(seed, gateway_ping=replace(seed.gateway_ping, exec=Exec("ping", 1, lost)))


def _route(seed, **changes):
    view = seed.busybox1
    routes = tuple(replace(r, **changes) if r.dst == "default" else r for r in view.netns.routes)
    return m.container(seed, "busybox1", netns=replace(view.netns, routes=routes))


def _egress(seed, **changes):
    return replace(seed, egress=replace(seed.egress, **changes))


def _veth(seed, **changes):
    veth = m.host_veth_of(seed, "busybox1")
    return m.host(seed, "during", veth.name, **changes)


def _extra_container_link(seed):
    view = seed.busybox1
    eth0 = view.netns.interface("eth0")
    return m.container(seed, "busybox1", netns=m.add_link(view.netns, replace(eth0, index=77, name="eth1")))


DEVIATIONS = {
    "S-INST-1 no docker0": (
        "S-INST-1",
        lambda s: m.host(s, "before", "docker0", name="br0"),
        "the bridge before any container",
    ),
    "S-INST-2 not a bridge": (
        "S-INST-2",
        lambda s: m.host(s, "before", "docker0", kind="dummy"),
        "link kind",
    ),
    "S-NET-1 no none network": (
        "S-NET-1",
        lambda s: replace(s, networks=s.networks[:2]),
        "built-in networks",
    ),
    "S-BR-1 another address": (
        "S-BR-1",
        lambda s: m.host(
            s,
            "before",
            "docker0",
            addresses=(replace(s.before.host.interface("docker0").addresses[0], address="172.18.0.1"),),
        ),
        "address",
    ),
    "S-BR-2 another MTU": ("S-BR-2", lambda s: m.host(s, "before", "docker0", mtu=1450), "MTU"),
    "S-BR-2 down": (
        "S-BR-2",
        lambda s: m.host(s, "before", "docker0", flags=("BROADCAST",)),
        "flags include",
    ),
    "S-BR-3 multicast MAC": (
        "S-BR-3",
        lambda s: m.host(s, "before", "docker0", mac="01:00:5e:00:00:01"),
        "locally administered",
    ),
    "S-BR-3 random MAC": (
        "S-BR-3",
        lambda s: m.host(s, "before", "docker0", mac="a6:1f:00:00:00:01"),
        "MAC prefix",
    ),
    "S-BR-4 carrier when empty": (
        "S-BR-4",
        lambda s: m.host(
            s, "before", "docker0", flags=("BROADCAST", "MULTICAST", "UP", "LOWER_UP"), operstate="UP"
        ),
        "empty bridge: carrier",
    ),
    "S-BR-4 no carrier with ports": (
        "S-BR-4",
        lambda s: m.host(
            s, "during", "docker0", flags=("BROADCAST", "MULTICAST", "NO-CARRIER", "UP"), operstate="DOWN"
        ),
        "with containers: carrier",
    ),
    "S-IPAM-1 another subnet": (
        "S-IPAM-1",
        lambda s: m.bridge(
            s, "during", IPAM={"Driver": "default", "Options": None, "Config": [{"Subnet": "10.9.0.0/16"}]}
        ),
        "IPAM.Config[0].Subnet",
    ),
    "S-IPAM-2 container not listed": (
        "S-IPAM-2",
        lambda s: m.bridge(
            s,
            "during",
            Containers={k: v for k, v in s.during.bridge["Containers"].items() if k != s.busybox2.id},
        ),
        "busybox2 listed by ID",
    ),
    "S-IPAM-3 no endpoint": (
        "S-IPAM-3",
        lambda s: m.container(s, "busybox1", endpoint={}),
        "busybox1 has an endpoint",
    ),
    "S-IPAM-4 skipped an address": (
        "S-IPAM-4",
        lambda s: m.endpoint(s, "busybox1", IPAddress="172.17.0.5"),
        "busybox1, busybox2 addresses",
    ),
    "S-IPAM-5 MAC not from IP": (
        "S-IPAM-5",
        lambda s: m.endpoint(s, "busybox2", MacAddress="02:42:ac:11:00:09"),
        "busybox2 MAC",
    ),
    "S-VETH-1 a third interface": ("S-VETH-1", _extra_container_link, "busybox1 interfaces"),
    "S-VETH-2 eth0 MTU": (
        "S-VETH-2",
        lambda s: m.container_link(s, "busybox2", "eth0", mtu=1400),
        "busybox2 eth0 MTU",
    ),
    "S-VETH-2 MAC differs from inspect": (
        "S-VETH-2",
        lambda s: m.container_link(s, "busybox1", "eth0", mac="02:42:00:00:00:01"),
        "busybox1 eth0 MAC",
    ),
    "S-VETH-3 veth misnamed": ("S-VETH-3", lambda s: _veth(s, name="dcfnotaveth"), "name"),
    "S-VETH-4 peer points elsewhere": ("S-VETH-4", lambda s: _veth(s, peer_index=4242), "names eth0's index"),
    "S-VETH-5 not enslaved": ("S-VETH-5", lambda s: _veth(s, master=None), "master"),
    "S-VETH-5 same netnsid": (
        "S-VETH-5",
        lambda s: _veth(s, link_netnsid=m.host_veth_of(s, "busybox2").link_netnsid),
        "link-netnsids distinct",
    ),
    "S-BRCTL-1 foreign port": ("S-BRCTL-1", m.foreign_port, "interfaces"),
    "S-BRCTL-1 a dummy enslaved by hand": ("S-BRCTL-1", m.dummy_port, "no container's veth"),
    "S-BRCTL-1 STP on": ("S-BRCTL-1", lambda s: m.host(s, "during", "docker0", stp_state=1), "STP enabled"),
    "S-PING-1 routed": (
        "S-PING-1",
        lambda s: _ping_output(
            s,
            "64 bytes from 172.17.0.2: seq=0 ttl=63\n"
            "1 packets transmitted, 1 packets received, 0% packet loss\n",
        ),
        "reply TTLs",
    ),
    "S-PING-1 lost": (
        "S-PING-1",
        lambda s: _ping_output(s, "4 packets transmitted, 0 packets received, 100% packet loss\n"),
        "replies received",
    ),
    "S-ROUTE-1 another gateway": (
        "S-ROUTE-1",
        lambda s: _route(s, gateway="172.17.0.254"),
        "default gateway",
    ),
    "S-ROUTE-2 gateway silent": ("S-ROUTE-2", _gateway_unanswered, "gateway answers a ping"),
    "S-ROUTE-2 gateway not docker0": (
        "S-ROUTE-2",
        lambda s: m.endpoint(s, "busybox1", Gateway="172.17.0.254"),
        "container's gateway = docker0's address",
    ),
    "S-EGRESS-1 not masqueraded": (
        "S-EGRESS-1",
        lambda s: _egress(s, peer_seen=s.egress.source),
        "far side sees the host's address",
    ),
    "S-EGRESS-1 not through docker0": (
        "S-EGRESS-1",
        lambda s: _egress(s, packets_on_bridge=()),
        "captured on",
    ),
}


def test_busy_bridge_expectation_is_computed(recorded, default_profile):
    """S-IPAM-4 on a bridge already holding 172.17.0.2: expect .3 and .4, and say why."""
    held = {"someone-elses": {"Name": "web", "IPv4Address": "172.17.0.2/16"}}
    busy = m.bridge(recorded, "before", Containers=held)
    verdict = registry.judge("S-IPAM-4", busy, default_profile)
    assert verdict.status is Status.FAILS
    assert "['172.17.0.3', '172.17.0.4']" in verdict.message()
    assert "web=172.17.0.2/16" in verdict.reason
    shifted = m.endpoint(
        m.endpoint(busy, "busybox1", IPAddress="172.17.0.3"), "busybox2", IPAddress="172.17.0.4"
    )
    assert registry.judge("S-IPAM-4", shifted, default_profile).status is Status.CONFORMS


def test_unenterable_namespaces_are_not_applicable(recorded, default_profile):
    blind = m.container(m.container(recorded, "busybox1", netns=None), "busybox2", netns=None)
    blind = replace(blind, limits=("not root",), egress=None)
    for claim in ("S-VETH-1", "S-VETH-2", "S-VETH-4", "S-VETH-5", "S-ROUTE-1", "S-EGRESS-1"):
        assert registry.judge(claim, blind, default_profile).status is Status.NOT_APPLICABLE


@pytest.mark.parametrize(
    ("peer", "status"),
    [(None, Status.NOT_APPLICABLE), ("source", Status.CONFORMS), ("host_address", Status.FAILS)],
    ids=["nothing arrived", "the container's own address", "masqueraded all the same"],
)
def test_egress_with_masquerade_off_never_passes_on_nothing(recorded, default_profile, peer, status):
    """`ip-masq: false`: the far side must see the container's own address; nothing arriving is not
    judged (the outside has no route back, so no connection completes), never taken for a match."""
    egress = default_profile.egress.model_copy(update={"masquerade": False})
    off = default_profile.model_copy(update={"egress": egress})
    seen = getattr(recorded.egress, peer) if peer else None
    verdict = registry.judge("S-EGRESS-1", _egress(recorded, peer_seen=seen), off)
    assert verdict.status is status, verdict.message()


# one for each fact the ones above leave unreached (tests/judges/test_every_fact.py counts them)
DEVIATIONS |= {
    "S-INST-1 no docker0 at all": (
        "S-INST-1",
        lambda s: m.host(m.host(s, "before", "docker0", name="br0"), "during", "docker0", name="br0"),
        "bridge device on the host",
    ),
    "S-INST-2 the network names another device": (
        "S-INST-2",
        lambda s: m.bridge(
            m.bridge(s, "before", Options={"com.docker.network.bridge.name": "br0"}),
            "during",
            Options={"com.docker.network.bridge.name": "br0"},
        ),
        "network's bridge device",
    ),
    "S-IPAM-1 IPAM options": (
        "S-IPAM-1",
        lambda s: m.bridge(s, "during", IPAM={**s.during.bridge["IPAM"], "Options": {"x": "y"}}),
        "IPAM.Options",
    ),
    "S-EGRESS-1 no routed hop": (
        "S-EGRESS-1",
        lambda s: _egress(
            s,
            ping=replace(
                s.egress.ping,
                exec=replace(
                    s.egress.ping.exec, output=s.egress.ping.exec.output.replace("ttl=63", "ttl=64")
                ),
            ),
        ),
        "TTL of the reply",
    ),
}
