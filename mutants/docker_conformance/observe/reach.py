"""Another host's view of this one (D-REACH-*, D-FW-*): what it reaches, and what decides it.

An outside the suite makes (`observe.outside`) stands for another host on the LAN: it routes
the suite's own containers' addresses, and 127.0.0.1, through this host's address on the link
the suite made. Three listeners on the default bridge: one published on every address, one on
127.0.0.1, one unpublished. The outside tries each as another host can; then once more behind
the suite's own DOCKER-USER rule. The packet filter is read before and after. Every address is
one of this machine's; nothing is sent anywhere else.
"""

from __future__ import annotations

import errno
import socket
from functools import partial

from pyroute2 import NetlinkError

from docker_conformance.conformance.model.reachability import Attempt, Reachability
from docker_conformance.observe import firewall
from docker_conformance.observe.containers import Containers, endpoint, with_command, with_published_port
from docker_conformance.observe.engine import Engine
from docker_conformance.observe.execs import side_by_side
from docker_conformance.observe.locks import bridge_allocation
from docker_conformance.observe.netview import netlink, read_netns, set_route_localnet
from docker_conformance.observe.nftables import nft_command
from docker_conformance.observe.nsenter import socket_in
from docker_conformance.observe.outside import outside_namespace
from docker_conformance.observe.ownership import Run
from docker_conformance.observe.ports import CONTAINER_PORT, LISTENER, free_port
from docker_conformance.observe.waiting import wait_for

ROLES = ("published", "loopback", "unpublished")
# the socket's errors that mean the packet never left (the outside could not act), not an answer
_NOT_SENT = {errno.ENETUNREACH, errno.EINVAL, errno.EPERM, errno.EACCES, errno.EADDRNOTAVAIL}


def attempt(netns: str | None, address: str, port: int, timeout: float = 1) -> Attempt:
    """A TCP connection from `netns` to address:port, and what came of it."""
    target = f"[{address}]:{port}" if ":" in address else f"{address}:{port}"
    try:
        conn = socket_in(netns, socket.AF_INET6 if ":" in address else socket.AF_INET, socket.SOCK_STREAM)
    except OSError as exc:
        return Attempt(target, "not sent", error=f"no socket could be opened there: {exc.strerror or exc}")
    with conn:
        conn.settimeout(timeout)
        try:
            conn.connect((address, port))
        except ConnectionRefusedError:
            return Attempt(target, "refused")
        except TimeoutError:
            return Attempt(target, "no answer", error=f"nothing within {timeout:g} s")
        except OSError as exc:
            if exc.errno in _NOT_SENT:
                return Attempt(target, "not sent", error=exc.strerror or str(exc))
            return Attempt(target, "unreachable", error=exc.strerror or str(exc))
        try:
            read = conn.recv(64).decode(errors="replace").strip()
        except OSError:
            read = ""
        return Attempt(target, "answered", read)


def _route_through(netns: str, via: str, addresses: list[str]) -> None:
    """Routes in the outside for exactly these addresses (/32) via this host: nothing else."""
    with netlink(netns) as nl:
        for address in addresses:
            nl.route("add", dst=f"{address}/32", gateway=via)


def _route_loopback(netns: str, via: str) -> str:
    """Let the outside send to 127.0.0.1 through this host, as a neighbour can (moby issue 41872):
    no 127.0.0.1 of its own (lo's address, and so its local routes, removed), route_localnet on
    its eth0, and a route for 127.0.0.1/32 via this host. Returns "" or why its kernel would not."""
    try:
        set_route_localnet(netns, "eth0")
        with netlink(netns) as nl:
            lo = nl.link_lookup(ifname="lo")[0]
            nl.addr("del", index=lo, address="127.0.0.1", prefixlen=8)
            nl.route("add", dst="127.0.0.1/32", gateway=via)
    except (OSError, NetlinkError) as exc:
        return f"the outside's kernel would not route 127.0.0.1 through this host ({exc})"
    return ""


def answered(netns: str | None, address: str, port: int, timeout: float = 10) -> Attempt:
    """Tries from `netns` until address:port answers (bounded); the last try otherwise."""
    try:
        return wait_for(
            lambda: (a := attempt(netns, address, port)).reached and a,
            timeout=timeout,
            what=f"{address}:{port}",
        )
    except TimeoutError:
        return attempt(netns, address, port)


def observe_reachability(engine: Engine, factory: Containers, run: Run) -> Reachability:
    """The three listeners, the outside's tries, the suite's DOCKER-USER rule, and the rules."""
    bridge = engine.client.api.inspect_network("bridge")
    options = bridge.get("Options") or {}
    device = options.get("com.docker.network.bridge.name", "docker0")
    subnet = ((bridge.get("IPAM") or {}).get("Config") or [{}])[0].get("Subnet", "")
    info = engine.client.info()
    backend = (info.get("FirewallBackend") or {}).get("Driver", "")
    port, lport = free_port(engine.netns, "0.0.0.0"), free_port(engine.netns)
    chosen = firewall.variant(engine.netns)
    listening = with_command(*LISTENER)
    host = read_netns(engine.netns)
    with (
        bridge_allocation(engine),
        factory.scoped() as scenario,
        outside_namespace(run, engine.netns, host, tag="r") as out,
    ):
        containers = side_by_side(
            partial(scenario.run, "published", listening, with_published_port(CONTAINER_PORT, port, None)),
            partial(scenario.run, "loopback", listening, with_published_port(CONTAINER_PORT, lport)),
            partial(scenario.run, "unpublished", listening),
        )
        addresses = {
            role: endpoint(c).get("IPAddress", "") for role, c in zip(ROLES, containers, strict=True)
        }
        there = f"/run/netns/{out.netns}"
        _route_through(there, out.host_address, [addresses["published"], addresses["unpublished"]])
        loopback_route = _route_loopback(there, out.host_address)
        up = side_by_side(
            *(partial(answered, engine.netns, addresses[role], CONTAINER_PORT) for role in ROLES)
        )
        before = firewall.read(engine, chosen, backend)
        published, unpublished, direct, loopback = side_by_side(
            partial(attempt, there, out.host_address, port),
            partial(attempt, there, addresses["unpublished"], CONTAINER_PORT),
            partial(attempt, there, addresses["published"], CONTAINER_PORT),
            partial(attempt, there, "127.0.0.1", lport),
        )
        nft = nft_command(engine) if backend == "nftables" else None
        with firewall.user_rule(engine.netns, chosen, out.address, run, nft) as (rule, refused):
            behind = attempt(there, out.host_address, port) if rule else None
            counted = firewall.packets(engine.netns, chosen, run, nft) if rule else 0
        after_rule = attempt(there, out.host_address, port) if rule else None
        after = firewall.read(engine, chosen, backend)
        return Reachability(
            bridge=device,
            subnet=subnet,
            bridge_options=dict(options),
            addresses=addresses,
            port=port,
            loopback_port=lport,
            container_port=CONTAINER_PORT,
            host_address=out.host_address,
            outside=out.address,
            listening=dict(zip(ROLES, up, strict=True)),
            published=published,
            unpublished=unpublished,
            direct=direct,
            loopback=loopback,
            loopback_route=loopback_route,
            user_rule=rule,
            user_rule_refused=refused,
            behind_rule=behind,
            rule_packets=counted,
            after_rule=after_rule,
            before=before,
            after=after,
            facts=firewall.kernel_facts(engine),
            warnings=firewall.warnings(info),
        )
