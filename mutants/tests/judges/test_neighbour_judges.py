"""Every claim next to the seed (D-HOSTS-1 ... D-FWD-1) can fail: recorded real observations,
each changed once, fail the right claim with a message naming what differs."""

from __future__ import annotations

from dataclasses import replace

from docker_conformance.conformance.model.execs import Exec
from docker_conformance.conformance.model.netns import Address
from docker_conformance.conformance.model.scenarios import (
    CustomNetwork,
    EngineConfig,
    PublishedPort,
    UserBridges,
)
from tests.helpers import mutate as m


def _without_own_entry(ubr: UserBridges) -> UserBridges:
    assert ubr.files is not None
    kept = [line for line in ubr.files.hosts.output.splitlines() if ubr.files.address not in line]
    return m.hosts(ubr, "\n".join(kept) + "\n")


def _eth0_link_local(ubr: UserBridges) -> UserBridges:
    assert ubr.files is not None
    assert ubr.files.netns is not None
    fe80 = Address("fe80::42:acff:fe11:2", 64, None, "link")
    return m.files(ubr, netns=m.link(ubr.files.netns, "eth0", addresses6=(fe80,)))


def _disconnect(ubr: UserBridges, **changes) -> UserBridges:
    assert ubr.disconnect is not None
    return replace(ubr, disconnect=replace(ubr.disconnect, **changes))


def _custom_bridge_mtu(net: CustomNetwork, mtu: int) -> CustomNetwork:
    bridge = next(
        link for link in net.host.links if any(a.address == net.requested["gateway"] for a in link.addresses)
    )
    return replace(net, host=m.link(net.host, bridge.name, mtu=mtu))


def _first_rule_elsewhere(config: EngineConfig) -> EngineConfig:
    rules = [r for r in config.forward_rules or () if r != "-A FORWARD -j DOCKER-USER"]
    return replace(config, forward_rules=tuple(rules))


def _only_ipv4(port: PublishedPort) -> PublishedPort:
    key = f"{port.container_port}/tcp"
    bound = [b for b in port.any_bindings[key] if b.get("HostIp") == "0.0.0.0"]
    return replace(port, any_bindings={key: bound})


DEVIATIONS = {
    "D-HOSTS-1 hostname": (
        "D-HOSTS-1",
        lambda u: m.files(u, hostname=Exec("hostname", 0, "myhost\n")),
        "hostname",
    ),
    "D-HOSTS-1 no own entry": ("D-HOSTS-1", _without_own_entry, "its own entry"),
    "D-RESOLV-1 loopback copied": (
        "D-RESOLV-1",
        lambda u: m.files(u, resolv_no_dns="nameserver 127.0.0.53\n"),
        "no --dns",
    ),
    "D-RESOLV-1 no embedded DNS": (
        "D-RESOLV-1",
        lambda u: replace(u, resolv_user=Exec(u.resolv_user.command, 0, "nameserver 10.0.0.1\n")),
        "user network: nameserver 127.0.0.11",
    ),
    "D-RESOLV-1 --dns not kept": (
        "D-RESOLV-1",
        lambda u: m.files(u, resolv=Exec("cat /etc/resolv.conf", 0, "nameserver 10.0.0.1\n")),
        "--dns 127.0.0.1: only those",
    ),
    "D-HOSTGW-1 another address": (
        "D-HOSTGW-1",
        lambda u: m.hosts(u, "127.0.0.1\tlocalhost\n172.17.0.99\tdcf-gateway\n"),
        "the address of dcf-gateway",
    ),
    "D-V6OFF-1 fe80 on eth0": ("D-V6OFF-1", _eth0_link_local, "eth0's IPv6 address scopes"),
    "D-V6OFF-1 IPv6 on": (
        "D-V6OFF-1",
        lambda u: m.files(u, disable_ipv6=Exec("cat", 0, "0\n")),
        "eth0 disable_ipv6",
    ),
    "D-ALIAS-1 answered elsewhere": (
        "D-ALIAS-1",
        lambda u: replace(
            u, alias_lookups=(u.alias_lookups[0], Exec("nslookup db", 0, "Name:\tdb\nAddress: 172.18.0.3\n"))
        ),
        "from v1 (another network)",
    ),
    "D-ALIAS-1 bridge takes it": (
        "D-ALIAS-1",
        lambda u: m.files(u, alias_refused=""),
        "an alias on the default",
    ),
    "D-DISC-1 eth1 stays": ("D-DISC-1", lambda u: _disconnect(u, after=u.connected), "eth1 after disconnect"),
    "D-DISC-1 hosts line stays": (
        "D-DISC-1",
        lambda u: _disconnect(u, hosts_after=u.disconnect.hosts_connected),
        "after",
    ),
    "D-DISC-1 stopped": ("D-DISC-1", lambda u: _disconnect(u, running=False), "u1 still running"),
    "D-ICC-1 traffic passes": (
        "D-ICC-1",
        lambda n: replace(n, blocked=m.answered(n.blocked)),
        "enable_icc=false",
    ),
    "D-IP-1 --ip not kept": (
        "D-IP-1",
        lambda n: replace(n, w1={**n.w1, "IPAddress": "198.51.100.77"}),
        "w1's address (--ip)",
    ),
    "D-IP-1 bridge takes --ip": ("D-IP-1", lambda n: replace(n, ip_refused=""), "--ip on the default bridge"),
    "D-MTU-1 bridge at 1500": ("D-MTU-1", lambda n: _custom_bridge_mtu(n, 1500), "the network's bridge MTU"),
    "D-PORT-2 IPv4 only": ("D-PORT-2", _only_ipv4, "HostIps bound"),
    "D-PORT-2 [::1] refused": (
        "D-PORT-2",
        lambda p: replace(p, any_received={**p.any_received, "::1": ""}),
        "[::1]",
    ),
    "D-PORT-3 reachable from outside": (
        "D-PORT-3",
        lambda p: replace(p, from_outside={**p.from_outside, "loopback port": "conformance"}),
        "the outside is refused at the host's address",
    ),
    "D-HAIRPIN-1 not itself": (
        "D-HAIRPIN-1",
        lambda p: replace(p, hairpin={**p.hairpin, "itself": Exec("nc", 1, "")}),
        "itself reads through",
    ),
    "D-OPT-1 icc off": (
        "D-OPT-1",
        lambda c: replace(
            c, bridge_options={**c.bridge_options, "com.docker.network.bridge.enable_icc": "false"}
        ),
        "Options",
    ),
    "D-FWD-1 forwarding off": ("D-FWD-1", lambda c: replace(c, ip_forward="0"), "net.ipv4.ip_forward"),
    "D-FWD-1 DOCKER-USER not first": ("D-FWD-1", _first_rule_elsewhere, "FORWARD's first rule"),
}


def _hosts_lines(ubr: UserBridges, keep) -> UserBridges:
    assert ubr.files is not None
    return m.hosts(ubr, "\n".join(line for line in ubr.files.hosts.output.splitlines() if keep(line)) + "\n")


def _veth_stays(ubr: UserBridges) -> UserBridges:
    """The host end of u1's eth1 still there after the disconnect (taken from while connected)."""
    assert ubr.disconnect is not None
    veth = next(link for link in ubr.host.links if link.name == ubr.disconnect.host_veth)
    return _disconnect(ubr, host_after=m.add_link(ubr.disconnect.host_after, veth))


# one for each fact the ones above leave unreached (tests/judges/test_every_fact.py counts them)
DEVIATIONS |= {
    "D-DISC-1 its veth stays": ("D-DISC-1", _veth_stays, "after disconnect"),
    "D-DISC-1 no veth seen": (
        "D-DISC-1",
        lambda u: _disconnect(u, host_veth=None),
        "eth1's host veth was seen",
    ),
    "D-DISC-1 net2 still lists u1": (
        "D-DISC-1",
        lambda u: _disconnect(u, endpoints_after=(u.connected_endpoint["EndpointID"],)),
        "net2 lists u1 after",
    ),
    "D-HOSTS-1 another first line": (
        "D-HOSTS-1",
        lambda u: _hosts_lines(u, lambda line: not line.startswith("127.0.0.1")),
        "first line",
    ),
    "D-HOSTS-1 ip6 lines without ::1": (
        "D-HOSTS-1",
        lambda u: _hosts_lines(u, lambda line: ":" not in line.split()[0] if line else True),
        "ip6 lines",
    ),
    "D-ICC-1 plain network silent": ("D-ICC-1", lambda n: replace(n, plain=m.lost(n.plain)), "plain network"),
    "D-ICC-1 gateway silent": (
        "D-ICC-1",
        lambda n: replace(n, to_gateway=m.lost(n.to_gateway)),
        "its gateway",
    ),
    "D-IP-1 w2 outside the range": (
        "D-IP-1",
        lambda n: replace(n, w2={**n.w2, "IPAddress": "198.51.100.78"}),
        "w2's address is in",
    ),
}
