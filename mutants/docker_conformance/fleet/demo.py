"""A swarm to show the fleet on one machine: engines of this host's dockerd, each a host of its
own (a network namespace, a hostname, its socket at /var/run/docker.sock of a private /run),
joined by a bridge on a benchmarking /24 that no route covers, formed into a swarm by the first.

The last node is misconfigured (`--bip`), so the merged report shows it failing exactly the
claims `--bip` breaks; with `stopped`, one more node joins and has its engine stopped before the
run, so it must be reported as not reporting. Everything goes again afterwards, also on Ctrl-C.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import docker
from docker.errors import ImageNotFound

from docker_conformance.engines.launch import RunningEngine, engine
from docker_conformance.image import build
from docker_conformance.observe.engine import DEFAULT_SOCKET
from docker_conformance.observe.netview import netlink, read_netns
from docker_conformance.observe.outside import reserved_range
from docker_conformance.observe.ownership import OWNER_LABEL, Run, dead_owner, sweep
from docker_conformance.observe.probe import IMAGE
from docker_conformance.observe.waiting import wait_for

MISCONFIGURED = ("--bip", "198.19.255.1/24")  # breaks the claims about docker0's address
HEARTBEAT_NS = 1_000_000_000  # a stopped node is seen down within seconds


@dataclass(frozen=True)
class Node:
    name: str
    address: str
    engine: RunningEngine

    @property
    def client(self) -> docker.DockerClient:
        return docker.DockerClient(base_url=self.engine.docker_host, timeout=120)


@dataclass(frozen=True)
class Demo:
    manager: Node
    nodes: list[Node]
    stopped: Node | None


def _bridge(name: str, address: str, prefix: int) -> None:
    with netlink(None) as nl:
        nl.link("add", ifname=name, kind="bridge")
        index = nl.link_lookup(ifname=name)[0]
        nl.addr("add", index=index, address=address, prefixlen=prefix)
        nl.link("set", index=index, state="up")


def _plug(bridge: str, veth: str, node: RunningEngine, address: str, prefix: int) -> None:
    """A veth from the bridge into the node's namespace, where it is eth1 with `address`."""
    with netlink(None) as nl:
        nl.link("add", ifname=veth, kind="veth", peer={"ifname": "eth1", "net_ns_fd": Path(node.netns).name})
        index = nl.link_lookup(ifname=veth)[0]
        nl.link("set", index=index, master=nl.link_lookup(ifname=bridge)[0], state="up")
    with netlink(node.netns) as nl:
        index = nl.link_lookup(ifname="eth1")[0]
        nl.addr("add", index=index, address=address, prefixlen=prefix)
        nl.link("set", index=index, state="up")


COMMENT = "dcf-fleet-demo"  # FORWARD rules of the demo's: `dcf-fleet-demo BRIDGE OWNER`


def _rule(bridge: str, owner: str) -> list[str]:
    comment = f"{COMMENT} {bridge} {owner}"
    return ["FORWARD", "-i", bridge, "-o", bridge, "-j", "ACCEPT", "-m", "comment", "--comment", comment]


@contextmanager
def _forwarded(bridge: str, owner: str) -> Iterator[None]:
    """Frames bridged between the nodes pass the host's FORWARD (br_netfilter applies it)."""
    subprocess.run(["iptables", "-I", *_rule(bridge, owner)], check=True)
    try:
        yield
    finally:
        subprocess.run(["iptables", "-D", *_rule(bridge, owner)], check=False)


def sweep_demo() -> list[str]:
    """Remove the bridge and FORWARD rule of a demo whose owner process is gone (killed)."""
    rules = subprocess.run(["iptables", "-S", "FORWARD"], capture_output=True, text=True).stdout
    swept = []
    for bridge, owner in re.findall(rf'--comment "{COMMENT} (\S+) (\S+)"', rules):
        if dead_owner({OWNER_LABEL: owner}):
            subprocess.run(["iptables", "-D", *_rule(bridge, owner)], check=False)
            subprocess.run(["ip", "link", "del", bridge], check=False, capture_output=True)
            swept.append(bridge)
    return swept


def _load_image(nodes: list[Node]) -> None:
    """The suite's image on every node, from this machine's engine (built there first, offline,
    if it has none): no registry."""
    local = docker.DockerClient(base_url=DEFAULT_SOCKET, timeout=600)
    try:
        image = local.images.get(IMAGE)
    except ImageNotFound:
        build.main([])
        image = local.images.get(IMAGE)
    with tempfile.TemporaryDirectory(prefix="dcf-fleet-") as tmp:
        saved = Path(tmp) / "image.tar"
        with saved.open("wb") as out:
            for chunk in image.save(named=True):
                out.write(chunk)

        def load(node: Node) -> None:
            with saved.open("rb") as image:
                node.client.images.load(image)

        with ThreadPoolExecutor(max_workers=len(nodes)) as loading:
            list(loading.map(load, nodes))


@contextmanager
def demo_swarm(count: int = 3, stopped: bool = False) -> Iterator[Demo]:
    sweep_demo()
    sweep(docker.DockerClient(base_url=DEFAULT_SOCKET))  # a killed demo's engines' namespaces
    run = Run()
    host = read_netns(None)
    with ExitStack() as stack:
        net = stack.enter_context(reserved_range(host, "f"))
        pool = stack.enter_context(reserved_range(host, "g"))  # the swarm's overlay (ingress)
        hosts = [str(ip) for ip in net.hosts()]
        bridge = f"dcf{run.id}f"
        _bridge(bridge, hosts[0], net.prefixlen)
        stack.callback(lambda: subprocess.run(["ip", "link", "del", bridge], check=False))
        stack.enter_context(_forwarded(bridge, str(run.owner)))
        total = count + int(stopped)
        flags = [MISCONFIGURED if i == count else () for i in range(1, total + 1)]
        with ThreadPoolExecutor(max_workers=total) as starting:
            started = list(
                starting.map(
                    lambda i: stack.enter_context(engine(*flags[i - 1], node=f"node{i}")), range(1, total + 1)
                )
            )
        nodes = []
        for i, running in enumerate(started, 1):
            _plug(bridge, f"{bridge}{i}", running, hosts[i], net.prefixlen)
            nodes.append(Node(f"node{i}", hosts[i], running))
        _load_image(nodes)
        manager = nodes[0]
        manager.client.swarm.init(
            advertise_addr=manager.address,
            listen_addr=f"{manager.address}:2377",
            default_addr_pool=[str(pool)],
            subnet_size=pool.prefixlen,
            dispatcher_heartbeat_period=HEARTBEAT_NS,
        )
        token = manager.client.swarm.attrs["JoinTokens"]["Worker"]
        for node in nodes[1:]:
            node.client.swarm.join(
                remote_addrs=[f"{manager.address}:2377"],
                join_token=token,
                listen_addr=f"{node.address}:2377",
                advertise_addr=node.address,
            )
        down = nodes[-1] if stopped else None
        if down:
            down.engine.stop()
            wait_for(
                lambda: any(
                    n.attrs["Description"]["Hostname"] == down.name and n.attrs["Status"]["State"] == "down"
                    for n in manager.client.nodes.list()
                ),
                timeout=60,
                what=f"the swarm to see {down.name} down",
            )
        yield Demo(manager, nodes[:count], down)
