"""The seed's walk-through, performed once per run: a `model.seed.SeedObservation`.

Before: the host's namespace and `docker network inspect bridge` with nothing of ours on it.
Then `docker run busybox1`, `docker run busybox2`; inside them `ip addr`, `route -n`, the
pings; egress to an outside the suite makes; the host and bridge again. Then removal.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import replace
from functools import partial

from docker.models.containers import Container

from docker_conformance.conformance.model.netns import Link
from docker_conformance.conformance.model.seed import ContainerView, Egress, SeedObservation, Snapshot
from docker_conformance.observe.activity import in_quiet_window, network_activity, ping_while_busy
from docker_conformance.observe.containers import Containers, endpoint, netns_path
from docker_conformance.observe.engine import Engine
from docker_conformance.observe.execs import ping, run_in, side_by_side
from docker_conformance.observe.locks import bridge_allocation
from docker_conformance.observe.netview import read_netns
from docker_conformance.observe.nsenter import can_enter_namespaces
from docker_conformance.observe.outside import capture, outside_namespace, reach_outside
from docker_conformance.observe.ownership import Run
from docker_conformance.observe.waiting import wait_for

BRIDGE = "bridge"


def snapshot(engine: Engine) -> Snapshot:
    return Snapshot(host=read_netns(engine.netns), bridge=engine.client.api.inspect_network(BRIDGE))


def steady_snapshot(engine: Engine, tries: int = 5) -> Snapshot:
    """A snapshot during which the network's endpoints did not change (read, then read again)."""
    for _ in range(tries):
        shot = snapshot(engine)
        if set(engine.client.api.inspect_network(BRIDGE).get("Containers") or {}) == set(shot.listed()):
            return shot
    return replace(shot, steady=False)


def settled_snapshot(engine: Engine) -> Snapshot:
    """A snapshot in which a port-less bridge has had its (asynchronous) carrier drop."""

    def settled() -> Snapshot | None:
        shot = snapshot(engine)
        bridge = shot.host.interface(shot.device or "")
        busy = bridge is None or shot.host.ports(bridge)
        return shot if busy or (not bridge.carrier and bridge.operstate == "DOWN") else None

    try:
        return wait_for(settled, timeout=3, what="the idle bridge's carrier to drop")
    except TimeoutError:  # judged as it is, unless others were busy on the bridge meanwhile
        return replace(snapshot(engine), steady=False)


def container_view(container: Container, role: str, *, route: bool = False) -> ContainerView:
    """`docker exec ROLE ip addr` (and `route -n`), side by side; its namespace read by netlink."""
    path = netns_path(container)
    ip_addr, routes = side_by_side(
        partial(run_in, container, role, "ip", "addr"),
        partial(run_in, container, role, "route", "-n") if route else lambda: None,
    )
    return ContainerView(
        role=role,
        name=container.name,
        id=container.id,
        pid=container.attrs["State"]["Pid"],
        endpoint=endpoint(container, BRIDGE),
        netns=read_netns(path) if can_enter_namespaces() else None,
        ip_addr=ip_addr,
        route=routes,
    )


def _ipv4_pair(packet: bytes) -> tuple[str, str, int] | None:
    if len(packet) < 20 or packet[0] >> 4 != 4:
        return None
    return socket.inet_ntoa(packet[12:16]), socket.inet_ntoa(packet[16:20]), packet[9]


def egress(
    engine: Engine, run: Run, container: Container, role: str, source: str, before: Snapshot
) -> Egress:
    """Send from the container to an outside the suite made; watch docker0 and the far end."""
    # found now, not from `before`: some engines (Podman) make the bridge with the first container
    device = Snapshot(read_netns(engine.netns), before.bridge).device or "docker0"
    with (
        outside_namespace(run, engine.netns, before.host) as out,
        closing(capture(engine.netns, device)) as cap,
    ):
        reached = reach_outside(container, role, out)
        cap.setblocking(False)
        packets = []
        while True:
            try:
                seen = _ipv4_pair(cap.recv(65535))
            except BlockingIOError:
                break
            if seen and seen[0] == source and seen[1] == out.address:
                packets.append(f"{seen[0]} > {seen[1]} proto {seen[2]}")
    return Egress(
        source=source,
        host_veth=out.host_veth,
        host_address=out.host_address,
        outside=out.address,
        device=device,
        packets_on_bridge=tuple(packets),
        peer_seen=reached.peer,
        payload=reached.payload,
        nc=reached.nc,
        ping=reached.ping,
    )


def observe_seed(engine: Engine, containers: Containers, run: Run) -> SeedObservation:
    """The walk-through, in a quiet window if one comes, holding the default bridge's allocation."""
    with bridge_allocation(engine):
        return in_quiet_window(lambda: _walk_through(engine, containers, run))


def _walk_through(engine: Engine, containers: Containers, run: Run) -> SeedObservation:
    limits: list[str] = []
    if not can_enter_namespaces():
        limits.append(
            "no CAP_SYS_ADMIN (not root?): container namespaces and the egress outside were not entered"
        )
    since = time.time()
    before = settled_snapshot(engine)
    networks = tuple(
        {"Name": n["Name"], "Driver": n["Driver"], "Scope": n["Scope"], "Id": n["Id"]}
        for n in engine.client.api.networks()
    )
    busybox1, busybox2 = containers.run_in_order(["busybox1", "busybox2"])
    try:
        ip1, gateway = endpoint(busybox1).get("IPAddress", ""), endpoint(busybox1).get("Gateway", "")
        with ThreadPoolExecutor(max_workers=5) as pool:
            views = [
                pool.submit(container_view, busybox1, "busybox1", route=True),
                pool.submit(container_view, busybox2, "busybox2"),
            ]
            ours, network = {busybox1.id, busybox2.id}, before.bridge.get("Id")
            pings = [
                pool.submit(
                    ping_while_busy, engine, since, ours, network, partial(ping, busybox2, "busybox2", ip1)
                ),
                pool.submit(
                    ping_while_busy,
                    engine,
                    since,
                    ours,
                    network,
                    partial(ping, busybox1, "busybox1", gateway, "-c", "1", "-W", "2"),
                ),
            ]
            out = (
                pool.submit(egress, engine, run, busybox1, "busybox1", ip1, before)
                if can_enter_namespaces()
                else None
            )
            view1, view2 = (f.result() for f in views)
            peer_ping, gateway_ping = (f.result() for f in pings)
            egress_seen = out.result() if out else None
        during = steady_snapshot(engine)
        containers.ensure_running(busybox1, busybox2)  # what was seen was theirs, start to end
        activity = network_activity(engine, since, ours, network)
    finally:
        containers.remove(busybox1, busybox2)
    observed = SeedObservation(
        engine.facts, networks, before, during, view1, view2, peer_ping, gateway_ping, egress_seen,
        tuple(limits), activity,
    )  # fmt: skip
    veths_vanish(engine, [observed.host_end(view) for view in observed.containers()])
    return observed


# Podman 5 tears a container's network down after the container: under load, many seconds later
VETHS_GONE_SECONDS = 60


def veths_vanish(engine: Engine, links: Iterable[Link | None]) -> None:
    """Wait (bounded) until the host ends of removed containers are gone from the engine's
    namespace: those very links, name and index (an engine may give a later veth the same name)."""
    if gone := {(link.name, link.index) for link in links if link}:
        wait_for(
            lambda: not gone & {(link.name, link.index) for link in read_netns(engine.netns).links},
            timeout=VETHS_GONE_SECONDS,
            what=f"the removed containers' veths ({', '.join(sorted(n for n, _ in gone))}) to vanish",
        )
