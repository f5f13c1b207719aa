"""What `upgrade before` sets up for the upgrade to keep, all of it the suite's own: labelled,
named `dcfu-<id>-…`, on benchmarking and documentation ranges, removed by `upgrade after` (or,
when `before` fails, at once), swept after a crash (its record is gone).

- two user-defined networks: `net1` with a subnet of its own range, `net2` from the engine's pools;
- containers with restart policies, each a listener: `web0` on docker0 (published on 0.0.0.0 and on
  127.0.0.1), `web1` on net1 at an address given with `--ip`, `web2` on net2, and `multi` on both
  (unless-stopped); each name resolves through the embedded DNS on its networks;
- two outsides routed through this host (`left` and `right`, as a subnet router's), `left` also
  another host that reaches the published port, `right` kept from it by a rule of the suite's own;
- a Linux bridge of the suite's own with two namespaces forwarding across it, as libvirt's;
- the rules Docker documents for such a host, in DOCKER-USER (packet-filtering-firewalls, "Docker on
  a router"): ACCEPT between the outsides and across the bridge, and the suite's REJECT for `right`.
"""

from __future__ import annotations

import ipaddress
import shlex
import shutil
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from docker.errors import APIError, NotFound
from docker.types import IPAMConfig, IPAMPool

from docker_conformance.observe.commands import run_in
from docker_conformance.observe.containers import Containers, with_command, with_endpoint
from docker_conformance.observe.engine import Engine
from docker_conformance.observe.firewall import variant
from docker_conformance.observe.kept import COMMENT, KEPT_LABEL, PREFIX, making
from docker_conformance.observe.netview import netlink, read_netns
from docker_conformance.observe.nsenter import add_named_netns, delete_named_netns
from docker_conformance.observe.outside import reserved_range, wire
from docker_conformance.observe.ownership import Run
from docker_conformance.observe.ports import CONTAINER_PORT, LISTENER, free_port

RESTARTS = {"web0": "always", "web1": "always", "web2": "always", "multi": "unless-stopped"}


@dataclass
class Scene:
    """What was made (to judge and to remove), serialisable into the record."""

    id: str
    containers: dict[str, str] = field(default_factory=dict)  # role -> name
    networks: dict[str, str] = field(default_factory=dict)  # role -> name
    namespaces: dict[str, str] = field(default_factory=dict)  # role -> name under /run/netns
    addresses: dict[str, str] = field(default_factory=dict)  # role -> its address (outsides, bridge ends)
    hosts: dict[str, str] = field(default_factory=dict)  # outside role -> the host end's address
    # "published", "loopback" -> host port; "ipv6": the published one, where the engine binds it on [::]
    ports: dict[str, int] = field(default_factory=dict)
    given: str = ""  # web1's address on net1, given with --ip
    bridge: str = ""  # the suite's own Linux bridge
    links: list[str] = field(default_factory=list)  # host ends of the suite's veths
    iptables: str = ""  # the binary its rules went in with ("": none)
    rules: list[list[str]] = field(default_factory=list)  # each rule's spec, as inserted into DOCKER-USER

    def netns(self, role: str) -> str:
        return f"/run/netns/{self.namespaces[role]}"


def _name(scene: Scene, role: str) -> str:
    return f"{PREFIX}{scene.id}-{role}"


def _comment(scene: Scene, what: str) -> list[str]:
    return ["-m", "comment", "--comment", f"{COMMENT} {scene.id} {what}"]


@contextmanager
def made(engine: Engine, image: str, state: Path) -> Iterator[Scene]:
    """Make the scene (its folder under `state` says so first); on any error (or Ctrl-C) remove
    what was made and the folder, then re-raise."""
    run = Run()
    scene = Scene(id=run.id)
    folder = making(scene.id, state)
    try:
        _make(engine, image, run, scene)
        yield scene
    except BaseException:
        remove(engine, scene)
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _make(engine: Engine, image: str, run: Run, scene: Scene) -> None:
    labels = run.labels(**{KEPT_LABEL: scene.id})
    host = read_netns(engine.netns)
    with ExitStack() as ranges:  # held while they are made: then their routes keep them taken
        left, right, net1, lan = (
            ranges.enter_context(reserved_range(host, tag)) for tag in ("u", "v", "x", "w")
        )
        _networks(engine, scene, labels, net1)
        _containers(engine, image, run, scene, labels)
        _outsides(engine, scene, left, right)
        _bridge(engine, scene, lan)
    _rules(engine, scene)


def _networks(engine: Engine, scene: Scene, labels: dict[str, str], net1: ipaddress.IPv4Network) -> None:
    ipam = IPAMConfig(pool_configs=[IPAMPool(subnet=str(net1), gateway=str(net1.network_address + 1))])
    for role, kwargs in (("net1", {"ipam": ipam}), ("net2", {})):
        scene.networks[role] = _name(scene, role)
        engine.client.networks.create(
            scene.networks[role], driver="bridge", labels=labels | {"role": role}, **kwargs
        )
    scene.given = str(net1.network_address + 10)


def _containers(engine: Engine, image: str, run: Run, scene: Scene, labels: dict[str, str]) -> None:
    factory = Containers(engine, image, run)
    listening = with_command(*LISTENER)
    scene.ports = {"published": free_port(engine.netns, "0.0.0.0"), "loopback": free_port(engine.netns)}
    published = [
        scene.ports["published"],
        ("127.0.0.1", scene.ports["loopback"]),
    ]  # -p P:8080 -p 127.0.0.1:L:8080
    options = {
        "web0": [lambda spec: spec.setdefault("ports", {}).update({f"{CONTAINER_PORT}/tcp": published})],
        "web1": [with_endpoint(scene.networks["net1"], ipv4_address=scene.given, aliases=["web1"])],
        "web2": [with_endpoint(scene.networks["net2"], aliases=["web2"])],
        "multi": [with_endpoint(scene.networks["net1"], aliases=["multi"])],
    }
    for role, extra in options.items():
        scene.containers[role] = _name(scene, role)

        def mine(spec: dict, role: str = role) -> None:
            spec |= {"name": scene.containers[role], "labels": labels | {"role": role}}
            spec["restart_policy"] = {"Name": RESTARTS[role]}

        made = factory.run(role, listening, *extra, mine)
        bound = (made.attrs["NetworkSettings"].get("Ports") or {}).get(f"{CONTAINER_PORT}/tcp") or []
        if any(b["HostIp"] == "::" for b in bound):  # the engine publishes on IPv6 too: tried on ::1
            scene.ports["ipv6"] = scene.ports["published"]
    engine.client.networks.get(scene.networks["net2"]).connect(scene.containers["multi"], aliases=["multi"])


def _outsides(
    engine: Engine, scene: Scene, left: ipaddress.IPv4Network, right: ipaddress.IPv4Network
) -> None:
    """Two outsides routed through this host, each with a default route via its host end."""
    for role, net in (("left", left), ("right", right)):
        scene.namespaces[role] = _name(scene, role)
        add_named_netns(scene.namespaces[role])
        veth = f"dcfu{scene.id}{role[0]}"
        scene.links.append(veth)
        scene.hosts[role], scene.addresses[role] = wire(
            engine.netns, scene.namespaces[role], veth, "eth0", net
        )
        with netlink(scene.netns(role)) as nl:
            nl.route("add", dst="default", gateway=scene.hosts[role])


def _bridge(engine: Engine, scene: Scene, lan: ipaddress.IPv4Network) -> None:
    """A Linux bridge of the suite's own (no address: nothing routes to it), two namespaces on it."""
    scene.bridge = f"dcfu{scene.id}b"
    with netlink(engine.netns) as nl:
        nl.link("add", ifname=scene.bridge, kind="bridge")
        nl.link("set", index=nl.link_lookup(ifname=scene.bridge)[0], state="up")
    scene.links.append(scene.bridge)
    addresses = [str(ip) for ip in list(lan.hosts())[:2]]
    for number, (role, address) in enumerate(zip(("lan1", "lan2"), addresses, strict=True)):
        scene.namespaces[role] = _name(scene, role)
        add_named_netns(scene.namespaces[role])
        veth = f"dcfu{scene.id}{number}"
        scene.links.append(veth)
        with netlink(engine.netns) as nl:
            nl.link(
                "add", ifname=veth, kind="veth", peer={"ifname": "eth0", "net_ns_fd": scene.namespaces[role]}
            )
            index = nl.link_lookup(ifname=veth)[0]
            nl.link("set", index=index, master=nl.link_lookup(ifname=scene.bridge)[0], state="up")
        with netlink(scene.netns(role)) as nl:
            index = nl.link_lookup(ifname="eth0")[0]
            nl.addr("add", index=index, address=address, prefixlen=lan.prefixlen)
            nl.link("set", index=index, state="up")
            nl.link("set", index=nl.link_lookup(ifname="lo")[0], state="up")
        scene.addresses[role] = address


def _rules(engine: Engine, scene: Scene) -> None:
    """The rules a router's and a hypervisor's host keeps in DOCKER-USER, and the suite's REJECT."""
    scene.iptables = variant(engine.netns) or ""
    if not scene.iptables or run_in(engine.netns, scene.iptables, "-w", "-S", "DOCKER-USER").returncode != 0:
        return  # no iptables, or no DOCKER-USER (the nftables backend from the start): no rules of its own
    left, right = (f"dcfu{scene.id}{r[0]}" for r in ("left", "right"))
    specs = [
        ["-i", left, "-o", right, "-j", "ACCEPT", *_comment(scene, "route")],
        ["-i", right, "-o", left, "-j", "ACCEPT", *_comment(scene, "route")],
        ["-i", scene.bridge, "-o", scene.bridge, "-j", "ACCEPT", *_comment(scene, "bridge")],
        ["-s", f"{scene.addresses['right']}/32", "-p", "tcp", *_comment(scene, "reject"),
         "-j", "REJECT", "--reject-with", "tcp-reset"],
    ]  # fmt: skip
    for spec in specs:
        done = run_in(engine.netns, scene.iptables, "-w", "-I", "DOCKER-USER", *spec)
        if done.returncode != 0:
            raise OSError(
                f"`{shlex.join([scene.iptables, '-I', 'DOCKER-USER', *spec])}`: {done.stderr.strip()}"
            )
        scene.rules.append(spec)


def remove(engine: Engine, scene: Scene) -> list[str]:
    """Remove everything of the scene that is still there; what it removed, in words."""
    removed = []
    for spec in scene.rules:
        with suppress(OSError):
            if run_in(engine.netns, scene.iptables, "-w", "-D", "DOCKER-USER", *spec).returncode == 0:
                removed.append(f"rule `{shlex.join(spec)}`")
    for name in scene.containers.values():
        with suppress(NotFound, APIError):
            engine.client.containers.get(name).remove(force=True, v=True)
            removed.append(f"container {name}")
    for name in scene.networks.values():
        with suppress(NotFound, APIError):
            engine.client.networks.get(name).remove()
            removed.append(f"network {name}")
    for name in scene.namespaces.values():
        delete_named_netns(name)
        removed.append(f"network namespace {name}")
    with netlink(engine.netns) as nl:
        for link in scene.links:
            if found := nl.link_lookup(ifname=link):
                nl.link("del", index=found[0])
                removed.append(f"link {link}")
    return removed
