"""States no recording holds: a real recording with a few things set as an engine, a host or a
busy bridge could leave them (docker0 gone, a ping lost while others joined the bridge, an outside
that saw nothing, an engine that warns), judged as a real run judges that engine, or as another
engine or configuration would be judged.

Each reaches a path of the judges that no recorded engine took. Their verdicts are pinned (the
`states` group of `tests/judges/pinned/`), so a judge that changes what it says there is caught,
and `tests/judges/test_pinned.py` checks that each state still changes a verdict (one that changes
none reaches nothing new), or leaves as it was the verdict it says it must."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.configured import derive
from docker_conformance.conformance.core.profile import Profile, documented
from docker_conformance.conformance.core.verdict import Verdict
from docker_conformance.conformance.judges.reach import TRUSTED
from docker_conformance.conformance.model.daemon import effective
from docker_conformance.conformance.model.execs import Exec
from docker_conformance.conformance.model.gateway_modes import GatewayModes
from docker_conformance.conformance.model.ipv6 import Ipv6Observation
from docker_conformance.conformance.model.netns import Address, Link, NetnsView
from docker_conformance.conformance.model.reachability import Attempt, Reachability
from docker_conformance.conformance.model.scenarios import (
    NOT_ASKED,
    DriverRun,
    EngineConfig,
    Lifecycle,
    UserBridges,
)
from docker_conformance.conformance.model.seed import SeedObservation
from docker_conformance.conformance.model.upgrade import Upgrade
from tests.helpers import fields
from tests.helpers import mutate as m


@dataclass(frozen=True)
class State:
    """`change` applied to observation `observation` of result set `folder`, judged as `engine`
    (product, version, mode, backend; the result set's own by default) configured with `settings`
    (daemon.json's keys and values).
    `holds`: claims whose verdict the state must leave as it was (a later veth given a gone one's
    name is not that veth); they are pinned too."""

    folder: str
    observation: str
    change: Callable[[Any], Any]
    engine: tuple[str, str, str, str] | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    holds: tuple[str, ...] = ()

    def profile(self) -> Profile:
        folder = fields.RECORDED / self.folder
        if self.engine is None and not self.settings:
            return fields.profile_of(folder)
        base = documented().for_engine(*(self.engine or fields.ENGINES[self.folder]))
        return derive(base, effective(None, self.settings, DAEMON_JSON), {}) if self.settings else base

    def judged(self) -> dict[str, tuple[Verdict, Verdict]]:
        """Each claim of the observation: (its verdict on the recording, its verdict in this state)."""
        folder = fields.RECORDED / self.folder
        before, base = fields.observation(folder, self.observation), fields.profile_of(folder)
        after, profile = self.change(before), self.profile()
        return {
            claim: (registry.judge(claim, before, base), registry.judge(claim, after, profile))
            for claim in fields.claims_of(self.observation)
        }


# --- the states ----------------------------------------------------------------------------------

DAEMON_JSON = "/etc/docker/daemon.json"  # where a state's settings are told to come from
BUSY = ("dcf-other-1 joined the bridge",)  # what another user did on the bridge meanwhile
LOST = tuple(
    f"PING 172.17.0.2 (172.17.0.2): 56 data bytes\n{n} packets transmitted, 0 packets received"
    for n in (1, 2)
)
NOT_SENT = Attempt("198.18.8.1:8080", "not sent", error="socket: Operation not permitted")
IPV6 = {"ipv6": True, "fixed-cidr-v6": "2001:db8:dcf:66::/64"}
DNS_OPTIONS = {"dns-opts": ["ndots:2"], "dns-search": ["dcf.example"]}
PODMAN = ("Podman", "5.4.2", "rootful", "nftables")
ROOTLESS = ("Docker Engine", "20.10.24", "rootless", "iptables")


def _veth(name: str, index: int, netnsid: int | None = 0, master: int | None = None) -> Link:
    """A host veth of another container (its peer in a namespace: `netnsid`), or of none."""
    flags = ("BROADCAST", "MULTICAST", "UP", "LOWER_UP")
    return Link(index, name, "veth", "ether", 1500, flags, "UP", "02:00:00:00:00:01", "noqueue", master,
                index + 1, netnsid)  # fmt: skip


def _without(view: NetnsView, name: str) -> NetnsView:
    return replace(view, links=tuple(link for link in view.links if link.name != name))


def _seed_without_bridge(seed: SeedObservation) -> SeedObservation:
    """docker0 gone before and while the containers ran (deleted by hand, or never made)."""
    return replace(
        seed,
        before=replace(seed.before, host=_without(seed.before.host, "docker0")),
        during=replace(seed.during, host=_without(seed.during.host, "docker0")),
    )


def _port_before(seed: SeedObservation, netnsid: int | None = 0) -> SeedObservation:
    """A veth of the engine's on docker0 before the run and while it runs: another container's, or
    (`netnsid` None) one whose container's namespace is gone (it died with a killed engine)."""
    master = m.host_veth_of(seed, "busybox1").master
    before, during = seed.before.host, seed.during.host
    for theirs in (
        _veth("vethcafe001", 99001, netnsid, master),
        _veth("vethcafe011", 99011, netnsid, master),
    ):
        before, during = m.add_link(before, theirs), m.add_link(during, theirs)
    return replace(seed, before=replace(seed.before, host=before), during=replace(seed.during, host=during))


def _unentered_busy(seed: SeedObservation) -> SeedObservation:
    """Containers whose namespaces could not be entered, while another user's joined the bridge."""
    seed = replace(seed, activity=BUSY, attempts=3, before=replace(seed.before, steady=False))
    return m.container(m.container(seed, "busybox1", netns=None), "busybox2", netns=None)


def _v6_listed(seed: SeedObservation, first: str, second: str) -> SeedObservation:
    """The bridge lists busybox1 and busybox2 with these IPv6 addresses."""
    listed = dict(seed.during.listed())
    for view, v6 in zip(seed.containers(), (first, second), strict=True):
        listed[view.id] = {**listed[view.id], "IPv6Address": v6}
    return m.bridge(seed, "during", Containers=listed)


def _pings_lost_while_busy(seed: SeedObservation) -> SeedObservation:
    return replace(
        seed,
        ping=replace(seed.ping, lost_while_busy=LOST),
        gateway_ping=replace(seed.gateway_ping, lost_while_busy=LOST),
    )


def _egress_seen(seed: SeedObservation, peer: str | None) -> SeedObservation:
    assert seed.egress is not None
    return replace(seed, egress=replace(seed.egress, peer_seen=peer))


def _egress_unanswered(seed: SeedObservation) -> SeedObservation:
    assert seed.egress is not None
    return replace(seed, egress=replace(seed.egress, ping=m.lost(seed.egress.ping)))


def _lifecycle_busy(life: Lifecycle) -> Lifecycle:
    """Another user's container joined the bridge meanwhile and took the released address."""
    return replace(
        life,
        activity=BUSY,
        attempts=3,
        third={**life.third, "IPAddress": "172.17.0.9"},
        after_all_removed=replace(life.after_all_removed, steady=False),
    )


def _lifecycle_name_reused(life: Lifecycle) -> Lifecycle:
    """busybox1's veth gone, and a later veth given its name (as netavark's vethN are)."""
    after = life.after_first_removed
    assert life.first_veth is not None
    later = _veth(life.first_veth, 99003)
    return replace(life, after_first_removed=replace(after, host=m.add_link(after.host, later)))


def _busy_but_reused(life: Lifecycle) -> Lifecycle:
    """Another user's container joined the bridge meanwhile; busybox3 still got the released address."""
    return replace(life, activity=BUSY, attempts=3)


def _port_remains(life: Lifecycle) -> Lifecycle:
    """A veth stays on the bridge after the suite's containers left (another's, not listed)."""
    after = life.after_all_removed
    bridge = after.host.interface("docker0")
    assert bridge is not None
    theirs = _veth("vethcafe005", 99010, master=bridge.index)
    return replace(life, after_all_removed=replace(after, host=m.add_link(after.host, theirs)))


def _others_remain(life: Lifecycle) -> Lifecycle:
    """Another user's container still listed on the bridge after the suite's were removed."""
    after = life.after_all_removed
    listed = {"0ther": {"Name": "theirs", "IPv4Address": "172.17.0.9/16"}}
    return replace(life, after_all_removed=replace(after, bridge={**after.bridge, "Containers": listed}))


def _d1_lo6(ubr: UserBridges, hosts: str | None = None) -> UserBridges:
    """d1's loopback has ::1 (IPv6 on in its namespace); `hosts`: its /etc/hosts."""
    assert ubr.files is not None
    assert ubr.files.netns is not None
    lo6 = (Address("::1", 128, None, "host"),)
    ubr = m.files(ubr, netns=m.link(ubr.files.netns, "lo", addresses6=lo6))
    return ubr if hosts is None else m.hosts(ubr, hosts)


def _d1_hosts(ubr: UserBridges, *ip6_lines: str) -> str:
    """d1's /etc/hosts with only `ip6_lines` of the engine's IPv6 ones."""
    assert ubr.files is not None
    text = ubr.files.hosts.output
    kept = [line for line in text.splitlines() if ":" not in line.split("\t")[0] or line in ip6_lines]
    return "\n".join(kept) + "\n"


def _r0_resolv(ubr: UserBridges, text: str, engine: str | None = "") -> UserBridges:
    """r0's resolv.conf as `text`; the engine's own as `engine` (None: unreadable; "": as recorded)."""
    assert ubr.files is not None
    own = ubr.files.engine_resolv if engine == "" else engine
    return m.files(ubr, resolv_no_dns=text, engine_resolv=own)


def _gateway_mapped_twice(ubr: UserBridges) -> UserBridges:
    assert ubr.files is not None
    name = ubr.files.gateway_name
    return m.hosts(ubr, f"{ubr.files.hosts.output}198.51.100.1\t{name}\n")


def _net1_bridge_gone(ubr: UserBridges) -> UserBridges:
    device = ubr.host.bridge_of(ubr.net1, "")
    assert device is not None
    return replace(ubr, host=_without(ubr.host, device.name))


def _disconnected_name_reused(ubr: UserBridges) -> UserBridges:
    """u1's net2 veth gone after the disconnect, and a later veth given its name."""
    gone = ubr.disconnect
    assert gone is not None
    assert gone.host_veth is not None
    later = _veth(gone.host_veth, 99004)
    return replace(ubr, disconnect=replace(gone, host_after=m.add_link(gone.host_after, later)))


def _forward(config: EngineConfig, policy: str | None, before: str, running: str | None) -> EngineConfig:
    rules = [r for r in config.forward_rules or () if not r.startswith("-P FORWARD")]
    if policy:
        rules.insert(0, f"-P FORWARD {policy}")
    return replace(config, forward_rules=tuple(rules), ip_forward=before, ip_forward_running=running)


def _forward_policy(r: Reachability, policy: str) -> Reachability:
    """FORWARD's policy before the tries as `policy` (the host's, or the engine's)."""
    filter_ = tuple(
        f":FORWARD {policy} [0:0]" if line.startswith(":FORWARD ") else line
        for line in r.before.tables["filter"]
    )
    return replace(r, before=replace(r.before, tables={**r.before.tables, "filter": filter_}))


def _exposed(r: Reachability, policy: str) -> Reachability:
    """The outside reached the unpublished port, with FORWARD's policy `policy`."""
    answered = Attempt(r.unpublished.target, "answered", "conformance")
    return replace(_forward_policy(r, policy), unpublished=answered)


def _mode(modes: GatewayModes, name: str, **changes: Any) -> GatewayModes:
    return replace(modes, networks={**modes.networks, name: replace(modes.networks[name], **changes)})


def _driver_busy(run: DriverRun) -> DriverRun:
    """A veth pair with both ends on the host appeared while another user's container was made."""
    pairs = (_veth("vethcafe002", 99005, None), _veth("vethcafe012", 99012, None))
    return replace(run, veths_added=(*run.veths_added, *pairs), activity=BUSY, attempts=3)


def _with_warning(r: Reachability) -> Reachability:
    return replace(r, warnings=("WARNING: bridge-nf-call-iptables is disabled",))


def _ping_said(seed: SeedObservation, output: str, exit_code: int = 1) -> SeedObservation:
    """busybox2's ping to busybox1 as `output` said it."""
    return replace(seed, ping=replace(seed.ping, exec=Exec(seed.ping.exec.command, exit_code, output)))


def _others_appeared(seed: SeedObservation) -> SeedObservation:
    """Two veths of others appeared on the host while the containers ran (on no bridge of ours)."""
    host = m.add_link(m.add_link(seed.during.host, _veth("vethcafe003", 99006)), _veth("vethcafe004", 99008))
    return replace(seed, during=replace(seed.during, host=host))


def _bridge_mac(seed: SeedObservation, mac: str) -> SeedObservation:
    return m.host(m.host(seed, "before", "docker0", mac=mac), "during", "docker0", mac=mac)


def _without_mac(seed: SeedObservation) -> SeedObservation:
    """busybox1's endpoint names no MAC address (an engine that leaves it out)."""
    endpoint = {k: v for k, v in seed.busybox1.endpoint.items() if k != "MacAddress"}
    return m.container(seed, "busybox1", endpoint=endpoint)


def _v6_second_without_global(v6: Ipv6Observation) -> Ipv6Observation:
    """The second container's eth0 has only its link-local IPv6 address."""
    eth0 = tuple(a for a in v6.second.eth0 if a.scope != "global")
    return replace(v6, second=replace(v6.second, eth0=eth0))


def _nft_without_ip6(r: Reachability) -> Reachability:
    """Docker's nftables tables without its ip6 one (the engine's ip6tables off)."""
    rules = {k: v for k, v in r.after.nft_rules.items() if k != "ip6 docker-bridges"}
    return replace(r, after=replace(r.after, nft_rules=rules))


def _first_kept_stopped(u: Upgrade) -> Upgrade:
    """The first of the suite's kept containers was not running before the upgrade."""
    first, *rest = u.before.kept
    return replace(u, before=replace(u.before, kept=(replace(first, running=False), *rest)))


def _v1_not_asked(ubr: UserBridges) -> UserBridges:
    """v1's lookup of the alias was not sent: its DNS server is not on its own loopback."""
    here, there = ubr.alias_lookups
    said = replace(there, output=f"{NOT_ASKED}\nnameserver 198.51.100.53\n")
    return replace(ubr, alias_lookups=(here, said))


def _nothing_sent(seed: SeedObservation) -> SeedObservation:
    """Both pings ran and sent nothing ("0 packets transmitted")."""
    said = "PING 172.17.0.2 (172.17.0.2): 56 data bytes\n0 packets transmitted, 0 packets received\n"
    gateway = replace(seed.gateway_ping, exec=Exec(seed.gateway_ping.exec.command, 1, said))
    return replace(_ping_said(seed, said), gateway_ping=gateway)


def _alias_refused_in_capitals(ubr: UserBridges) -> UserBridges:
    assert ubr.files is not None
    return m.files(ubr, alias_refused=ubr.files.alias_refused.upper())


def _backend_switched(u: Upgrade) -> Upgrade:
    """The upgrade switched the firewall backend to nftables, FORWARD's policy left DROP."""
    engine = {**u.after.engine, "firewall_backend": "nftables"}
    forward = (
        u.after.forward if "-P FORWARD DROP" in u.after.forward else ("-P FORWARD DROP", *u.after.forward)
    )
    return replace(u, after=replace(u.after, engine=engine, forward=forward))


def _nft_bridge_chain(r: Reachability) -> Reachability:
    """Docker's ip6 table with a chain of one bridge's own (an IPv6 network's), besides the base ones."""
    table = "ip6 docker-bridges"
    own = ("chain filter-forward-in__br-dcf0", "filter-forward-in__br-dcf0: ct state established accept")
    rules = {**r.after.nft_rules, table: (*r.after.nft_rules[table], *own)}
    return replace(r, after=replace(r.after, nft_rules=rules))


def _unread_before(r: Reachability) -> Reachability:
    """No iptables binary showed Docker's chains before the tries (one did after)."""
    return replace(r, before=replace(r.before, variant=None))


def _nft_no_iptables(r: Reachability) -> Reachability:
    """nftables, with no iptables binary that shows Docker's chains."""
    return replace(r, after=replace(r.after, variant=None))


def _seed(change: Callable[[SeedObservation], Any], **kw: Any) -> State:
    return State("docker-20.10", "seed", change, **kw)


def _ubr(change: Callable[[UserBridges], Any], **kw: Any) -> State:
    return State("docker-20.10", "user_bridges", change, **kw)


def _r(change: Callable[[Reachability], Any], folder: str = "docker-20.10", **kw: Any) -> State:
    return State(folder, "reachability", change, **kw)


STATES: dict[str, State] = {
    # the seed
    "docker0 is gone before and while the containers run": _seed(_seed_without_bridge),
    "docker0 is gone, and busybox1 has no gateway": _seed(
        lambda s: m.container(
            _seed_without_bridge(s),
            "busybox1",
            endpoint={k: v for k, v in s.busybox1.endpoint.items() if k != "Gateway"},
        )
    ),
    "a Podman 5 recording judged as Podman 4, which makes its bridge on first use": State(
        "podman-5.4", "seed", lambda s: s, engine=("Podman", "4.3.1", "rootful", "iptables")
    ),
    "another container's veth is on docker0 before the run": _seed(_port_before),
    "a veth on docker0 outlived its container's namespace": _seed(lambda s: _port_before(s, None)),
    "the namespaces could not be entered while another user's container joined the bridge": _seed(
        _unentered_busy
    ),
    "earlier pings were lost while other containers joined the bridge": _seed(_pings_lost_while_busy),
    "the bridge lists IPv6 addresses in and outside fixed-cidr-v6": _seed(
        lambda s: _v6_listed(s, "2001:db8:dcf:66::2/64", "2001:db8:ffff::3/64"), settings=IPV6
    ),
    "the bridge lists an IPv6 address that is no address": _seed(
        lambda s: _v6_listed(s, "2001:db8:dcf:66::2/64", "2001:db8:dcf:66::zz/64"), settings=IPV6
    ),
    "ip-masq off, and the outside saw nothing": _seed(
        lambda s: _egress_seen(s, None), settings={"ip-masq": False}
    ),
    "ip-masq off, and the outside saw the container's own address": _seed(
        lambda s: _egress_seen(s, "172.17.0.2"), settings={"ip-masq": False}
    ),
    "the outside never answered the container's ping": _seed(_egress_unanswered),
    "icc off, and one echo of four answered": _seed(
        lambda s: _ping_said(s, "4 packets transmitted, 1 packets received, 75% packet loss\n"),
        settings={"icc": False},
    ),
    "ping could not open its socket, and said so on its last line": _seed(
        lambda s: _ping_said(
            s, "PING 172.17.0.2 (172.17.0.2): 56 data bytes\nsetting up\nping: permission denied\n"
        )
    ),
    "two veths of others appeared while the containers ran": _seed(_others_appeared),
    "both pings sent nothing": _seed(_nothing_sent),
    "fixed-cidr configured": _seed(lambda s: s, settings={"fixed-cidr": "172.17.0.0/24"}),
    "the seed judged as Docker 29.7, whose pair indices only cross-reference": _seed(
        lambda s: s, engine=("Docker Engine", "29.7.2", "rootful", "iptables")
    ),
    "docker0's MAC is universally administered": _seed(lambda s: _bridge_mac(s, "00:42:ac:11:00:01")),
    "docker0's MAC is a multicast one": _seed(lambda s: _bridge_mac(s, "03:42:ac:11:00:01")),
    "busybox1's endpoint names no MAC address": _seed(_without_mac),
    # a container's life
    "another user's container took the released address while the bridge was busy": State(
        "docker-20.10", "lifecycle", _lifecycle_busy
    ),
    "another user's container joined the bridge meanwhile; the released address was still reused": State(
        "docker-20.10", "lifecycle", _busy_but_reused, holds=("D-LIFE-2",)
    ),
    "another's veth stays on the bridge after the suite's containers left": State(
        "docker-20.10", "lifecycle", _port_remains
    ),
    "a later veth has the name of busybox1's": State(
        "docker-20.10", "lifecycle", _lifecycle_name_reused, holds=("D-LIFE-1",)
    ),
    "another user's container is still on the bridge after the suite's left": State(
        "docker-20.10", "lifecycle", _others_remain
    ),
    # an upgrade in place
    "a kept container was not running before the upgrade": State(
        "docker-20.10", "upgrade", _first_kept_stopped
    ),
    "the upgrade switched the firewall backend": State("docker-20.10", "upgrade", _backend_switched),
    "the user's container is gone after the upgrade": State(
        "docker-20.10", "upgrade", lambda u: replace(u, after=replace(u.after, theirs=()))
    ),
    # what the engine writes into a container
    "d1's loopback has ::1": _ubr(_d1_lo6),
    "d1's namespace could not be entered": _ubr(lambda u: m.files(u, netns=None)),
    "the engine refused an alias on bridge, in capitals": _ubr(
        _alias_refused_in_capitals, holds=("D-ALIAS-1",)
    ),
    "d1's loopback has ::1, and its /etc/hosts only some of the IPv6 lines": _ubr(
        lambda u: _d1_lo6(u, _d1_hosts(u, "::1\tlocalhost ip6-localhost ip6-loopback"))
    ),
    "the engine's own resolv.conf could not be read": _ubr(
        lambda u: _r0_resolv(u, "nameserver 10.255.255.53\n", None)
    ),
    "the engine's resolv.conf names only loopback nameservers": _ubr(
        lambda u: _r0_resolv(
            u,
            "".join(f"nameserver {s}\n" for s in documented().files.resolv_fallback),
            "nameserver 127.0.0.53\n",
        )
    ),
    "dns-opts and dns-search configured, and written (with another option besides)": _ubr(
        lambda u: _r0_resolv(u, "nameserver 10.255.255.53\nsearch dcf.example\noptions ndots:2 rotate\n"),
        settings=DNS_OPTIONS,
    ),
    "dns-opts and dns-search configured, and not written": _ubr(lambda u: u, settings=DNS_OPTIONS),
    "dns configured": _ubr(
        lambda u: _r0_resolv(u, "nameserver 198.51.100.53\n"), settings={"dns": ["198.51.100.53"]}
    ),
    "the host-gateway name mapped twice": _ubr(_gateway_mapped_twice),
    "IPv6 on the default bridge": _ubr(lambda u: u, settings=IPV6),
    "net1's bridge is gone": _ubr(_net1_bridge_gone),
    "a later veth has the name of u1's disconnected one": _ubr(
        _disconnected_name_reused, holds=("D-DISC-1",)
    ),
    # the engine's settings
    "the engine's configuration could not be read": State(
        "docker-20.10",
        "engine_config",
        lambda c: replace(c, unread="/etc/docker/daemon.json: permission denied"),
    ),
    "forwarding was off, and on once a container ran; FORWARD accepts": State(
        "docker-20.10", "engine_config", lambda c: _forward(c, "ACCEPT", "0", "1")
    ),
    "forwarding was on before the engine; FORWARD accepts": State(
        "docker-20.10", "engine_config", lambda c: _forward(c, "ACCEPT", "1", "1")
    ),
    "FORWARD's policy is not shown": State(
        "docker-20.10", "engine_config", lambda c: _forward(c, None, "1", None)
    ),
    # other drivers, published ports
    "Podman's host network before its bridge exists": State(
        "docker-20.10", "host_driver", lambda r: r, engine=PODMAN
    ),
    "a veth pair with both ends on the host appeared while the bridge was busy": State(
        "docker-20.10", "host_driver", _driver_busy
    ),
    "rootless: the port was read on the user's own loopback": State(
        "docker-20.10",
        "published_port",
        lambda p: replace(p, received_on_host="conformance"),
        engine=ROOTLESS,
    ),
    "a port published without an address binds one with no HostIp": State(
        "docker-20.10",
        "published_port",
        lambda p: replace(p, any_bindings={"8080/tcp": [{"HostIp": "", "HostPort": str(p.any_port)}, None]}),
    ),
    # reaching containers from another host
    "the engine warns about its packet filter": _r(_with_warning),
    "the outside reached the unpublished port, FORWARD accepting": _r(lambda r: _exposed(r, "ACCEPT")),
    "the outside reached the unpublished port, FORWARD dropping": _r(lambda r: _exposed(r, "DROP")),
    "rootless: the outside reached the unpublished port": _r(
        lambda r: _exposed(r, "ACCEPT"), engine=ROOTLESS
    ),
    "the bridge trusts direct routing from an interface": _r(
        lambda r: replace(r, bridge_options={**r.bridge_options, TRUSTED: "dcf0"})
    ),
    "the outside could not send": _r(
        lambda r: replace(r, direct=NOT_SENT, unpublished=NOT_SENT, published=NOT_SENT, loopback=NOT_SENT)
    ),
    "Docker 28.0.0, whose filter and raw tables and ip6 chains are not measured": _r(
        lambda r: r, "docker-28.5", engine=("Docker Engine", "28.0.0", "rootful", "iptables")
    ),
    "gateway modes: the outside could not send": State(
        "docker-29.7", "gateway_modes", lambda g: _mode(g, "routed", published=NOT_SENT)
    ),
    "gateway modes: the host port is an IPv6 address's": State(
        "docker-29.7",
        "gateway_modes",
        lambda g: _mode(g, "routed", host_port=Attempt("[2001:db8:dcf::1]:32768", "refused")),
        holds=("D-GWM-1",),
    ),
    "IPv6: the second container has no global address": State(
        "docker-28.5", "ipv6", _v6_second_without_global
    ),
    "nftables: Docker's ip6 table is not there": _r(_nft_without_ip6, "docker-29.7-nftables"),
    "nftables: a bridge's own chain in Docker's ip6 table": _r(
        _nft_bridge_chain, "docker-29.7-nftables", holds=("D-FW-2",)
    ),
    "the packet filter was not read before the tries": _r(_unread_before),
    "nftables, with no iptables binary that shows Docker's chains": _r(
        _nft_no_iptables, "docker-29.7-nftables"
    ),
    "a custom network asked for no MTU": State(
        "docker-20.10",
        "custom_network",
        lambda c: replace(c, requested={k: v for k, v in c.requested.items() if k != "mtu"}),
    ),
    "Podman: d1's /etc/hosts has no localhost line": State(
        "podman-5.4",
        "user_bridges",
        lambda u: m.hosts(
            u, "".join(f"{line}\n" for line in u.files.hosts.output.splitlines() if "localhost" not in line)
        ),
    ),
    "IPv6 configured for the default bridge, which has none": State(
        "docker-20.10-ipv6", "ipv6", lambda v: replace(v, default_bridge=None)
    ),
    "IPv6: the engine refused an automatic subnet in more words than the documented ones": State(
        "docker-20.10",
        "ipv6",
        lambda v: replace(v, auto_refused=f"Error response from daemon: {v.auto_refused} (dcf)"),
    ),
    "v1's lookup of the alias was not sent": _ubr(_v1_not_asked),
    "IPv6: the outside could not send": State(
        "docker-28.5", "ipv6", lambda v: replace(v, published=NOT_SENT)
    ),
}
