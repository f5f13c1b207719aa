"""Observations for the claims beyond the seed: other drivers, lifecycle, user bridges, ports.

Each function drives the engine through one scenario and returns plain data; the judges in
`conformance/judges/` decide. Scenarios that put containers on the default bridge hold its
allocation lock for their whole length, so they never race the seed walk-through.
"""

from __future__ import annotations

import time

from docker.models.containers import Container

from docker_conformance.conformance.model.netns import Link
from docker_conformance.conformance.model.scenarios import DriverRun, InternalNetwork, Lifecycle
from docker_conformance.observe.activity import in_quiet_window, network_activity
from docker_conformance.observe.containers import (
    Containers,
    endpoint,
    netns_path,
    with_network,
)
from docker_conformance.observe.engine import Engine
from docker_conformance.observe.execs import ping, run_in
from docker_conformance.observe.locks import bridge_allocation, quiet_host
from docker_conformance.observe.netview import read_netns
from docker_conformance.observe.nsenter import same_netns
from docker_conformance.observe.outside import outside_namespace, reach_outside
from docker_conformance.observe.ownership import Run
from docker_conformance.observe.seed import settled_snapshot, snapshot, veths_vanish
from docker_conformance.observe.waiting import wait_for


def _veth_names(engine: Engine) -> tuple[str, ...]:
    return tuple(sorted(link.name for link in read_netns(engine.netns).veths()))


def observe_driver(engine: Engine, factory: Containers, network: str) -> DriverRun:
    """A container on `--network host|none`; in a quiet window if one comes.

    On the host's network the default bridge must be there to be seen: where the engine makes it
    with its first container and deletes it with its last (Podman 5), and it was not there, the
    run is made again holding the default bridge's allocation (none of the suite's scenarios
    then adds or removes a container there) with one container of its own keeping it up."""
    with quiet_host(engine):  # no container of ours may add a veth meanwhile
        run = in_quiet_window(lambda: _driver_run(engine, factory, network))
    if network != "host" or run.inside.bridge_of(engine.client.api.inspect_network("bridge"), ""):
        return run
    with bridge_allocation(engine), quiet_host(engine):
        return in_quiet_window(lambda: _driver_run(engine, factory, network, anchored=True))


def _driver_run(engine: Engine, factory: Containers, network: str, anchored: bool = False) -> DriverRun:
    with factory.scoped() as scenario:
        if anchored:
            scenario.run(f"{network}-driver-anchor")  # on the default bridge: it keeps the bridge up
        return _driver_in(engine, scenario, network)


def _driver_in(engine: Engine, scenario: Containers, network: str) -> DriverRun:
    since, veths_before = time.time(), _veth_names(engine)
    container = scenario.run(f"{network}-driver", with_network(network))
    path = netns_path(container)
    shares = same_netns(path, engine.netns)
    inside = read_netns(path)
    ip_addr = run_in(container, f"{network}-driver", "ip", "addr")
    added = _veths_added(engine, veths_before)
    scenario.ensure_running(container)
    activity = network_activity(engine, since, {container.id})  # after: a veth comes before its event
    return DriverRun(network, shares, inside, added, ip_addr, activity)


def _veths_added(engine: Engine, before: tuple[str, ...]) -> tuple[Link, ...]:
    """The host's new veths, once those with both ends still on the host have had a moment to
    move one end into their container (someone else's container being made): what stays is kept."""

    def added() -> tuple[Link, ...]:
        return tuple(v for v in read_netns(engine.netns).veths() if v.name not in before)

    def settled() -> tuple[tuple[Link, ...]] | None:  # wrapped: no new veth at all is an answer too
        now = added()
        return None if any(v.link_netnsid is None for v in now) else (now,)

    try:
        return wait_for(settled, timeout=1, what="new veth pairs to leave the host")[0]
    except TimeoutError:
        return added()


def _host_veth(engine: Engine, container: Container) -> Link | None:
    return read_netns(engine.netns).peer_of(read_netns(netns_path(container)))


def observe_lifecycle(engine: Engine, factory: Containers) -> Lifecycle:
    """Run, remove, run again on the default bridge; in a quiet window if one comes."""
    with bridge_allocation(engine):
        return in_quiet_window(lambda: _lifecycle(engine, factory))


def _lifecycle(engine: Engine, factory: Containers) -> Lifecycle:
    since = time.time()
    with factory.scoped() as scenario:
        first, second = scenario.run_in_order(["busybox1", "busybox2"])
        first_endpoint, first_link = endpoint(first), _host_veth(engine, first)
        first_veth = first_link.name if first_link else None
        during = snapshot(engine)
        scenario.remove(first)
        veths_vanish(engine, [first_link])
        after_first = snapshot(engine)
        third = scenario.run("busybox3")
        third_endpoint = endpoint(third)
        ours = [_host_veth(engine, second), _host_veth(engine, third)]
        scenario.ensure_running(second, third)
    veths_vanish(engine, ours)
    after_all = settled_snapshot(engine)
    activity = network_activity(engine, since, {first.id, second.id, third.id}, during.bridge.get("Id"))
    return Lifecycle(
        first_endpoint, first_veth, during, after_first, third_endpoint, after_all, first.id, activity,
        first_veth_index=first_link.index if first_link else None, second=endpoint(second),
    )  # fmt: skip


def observe_internal(engine: Engine, factory: Containers, run: Run) -> InternalNetwork:
    """`docker network create --internal`: i1 pings i2, and tries an outside the suite made."""
    with (
        factory.scoped() as scenario,
        outside_namespace(run, engine.netns, read_netns(engine.netns), tag="i") as out,
    ):
        network = scenario.network("internal", internal=True)
        i1, i2 = (scenario.run(role, with_network(network.name)) for role in ("i1", "i2"))
        within = ping(i1, "i1", endpoint(i2, network.name)["IPAddress"], "-c", "1", "-W", "2")
        reached = reach_outside(i1, "i1", out, patience=1)  # nothing is to arrive
        network.reload()
        observed = InternalNetwork(
            network=network.attrs,
            inside=read_netns(netns_path(i1)),
            within_network=within,
            outside=out.address,
            to_outside=reached.nc,
            peer_seen=reached.peer,
            ping_outside=reached.ping,
        )
        scenario.ensure_running(i1, i2)
        return observed
