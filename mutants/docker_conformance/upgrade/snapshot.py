"""The host as an upgrade must keep it, read: the suite's own containers, networks and tries, the
packet filter's DOCKER-USER and FORWARD chains, and the user's own containers, read-only (never
changed, entered or restarted: a connection to each published TCP port is all that is sent).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from docker.errors import NotFound

from docker_conformance.conformance.model.upgrade import Kept, KeptNetwork, Snapshot, Theirs, Try
from docker_conformance.observe.commands import run_in
from docker_conformance.observe.engine import Engine
from docker_conformance.observe.ownership import LABEL
from docker_conformance.observe.reach import attempt
from docker_conformance.upgrade import probes
from docker_conformance.upgrade.scene import COMMENT, RESTARTS, Scene

# a name and the container that asks for it: each of the suite's names, on each network it is on
NAMES = (("multi", "web1"), ("multi", "web2"), ("web1", "multi"), ("web2", "multi"))


def tries(
    host: str | None,
    scene: Scene,
    netns_of: Callable[[str], str | None],
    timeout: float = 1,
    rule: bool = True,
) -> list[Callable[[], Try]]:
    """Each try, ready to be made from the engine's namespace `host` and the scene's: `netns_of(role)`
    finds a container's namespace (None: not running). `rule`: with the try the suite's REJECT stops."""
    port, loopback = scene.ports["published"], scene.ports["loopback"]
    web0 = "127.0.0.1"
    made: list[Callable[[], Try]] = [
        lambda: probes.tcp("loopback", host, web0, port, timeout),
        lambda: probes.tcp("loopback", host, web0, loopback, timeout),
        lambda: probes.tcp("another host", scene.netns("left"), scene.hosts["left"], port, timeout),
        lambda: probes.icmp("bridge", scene.netns("lan1"), scene.addresses["lan2"], timeout),
        lambda: probes.icmp("route", scene.netns("left"), scene.addresses["right"], timeout),
    ]
    if rule:
        made.append(lambda: probes.tcp("rule", scene.netns("right"), scene.hosts["right"], port, timeout))
    if "ipv6" in scene.ports:  # published on [::] as well: the port answers on IPv6's loopback
        made.append(lambda: probes.tcp("loopback", host, "::1", scene.ports["ipv6"], timeout))
    for asking, name in NAMES:
        made.append(lambda asking=asking, name=name: _asked(asking, name, netns_of, timeout))
    return made


def _asked(asking: str, name: str, netns_of: Callable[[str], str | None], timeout: float) -> Try:
    target = f"{name} from {asking}"
    netns = netns_of(asking)
    if netns is None:
        return Try("name", target, False, sent=False, said=f"{asking} is not running")
    tried = probes.dns("name", netns, name, timeout=timeout)
    return Try("name", target, tried.ok, tried.sent, tried.said)


def settled(tried: Callable[[], Try], patience: float) -> Try:
    """A try repeated until it answers, within `patience` seconds (a container just restarted)."""
    deadline = time.monotonic() + patience
    while True:
        result = tried()
        if result.ok or time.monotonic() >= deadline:
            return result
        time.sleep(0.25)


def _kept(engine: Engine, role: str, name: str) -> Kept:
    try:
        container = engine.client.containers.get(name)
    except NotFound:
        return Kept(role, name, "", False, RESTARTS[role])
    attrs = container.attrs
    networks = attrs["NetworkSettings"]["Networks"] or {}
    given = {
        n: e["IPAMConfig"]["IPv4Address"]
        for n, e in networks.items()
        if (e.get("IPAMConfig") or {}).get("IPv4Address")
    }
    return Kept(
        role,
        name,
        container.id,
        attrs["State"]["Running"],
        attrs["HostConfig"]["RestartPolicy"]["Name"],
        {n: e.get("IPAddress", "") for n, e in networks.items()},
        given,
        attrs["State"].get("Pid", 0),
        attrs["State"].get("StartedAt", ""),
    )


def _network(engine: Engine, role: str, name: str) -> KeptNetwork:
    try:
        attrs = engine.client.api.inspect_network(name)
    except NotFound:
        return KeptNetwork(role, name, "", "")
    config = next(iter((attrs.get("IPAM") or {}).get("Config") or []), {})
    return KeptNetwork(
        role,
        name,
        config.get("Subnet", ""),
        config.get("Gateway", ""),
        attrs.get("Options") or {},
        role == "net1",
    )


def theirs(engine: Engine) -> tuple[Theirs, ...]:
    """The user's own containers (none of the suite's), read; each published TCP port tried once from
    the host."""
    found = []
    for container in engine.client.containers.list(all=True, ignore_removed=True):
        if LABEL in container.labels:
            continue
        attrs, ports = container.attrs, {}
        for spec, bound in (attrs["NetworkSettings"].get("Ports") or {}).items():
            for binding in bound or []:
                if not spec.endswith("/tcp"):
                    continue
                address = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(
                    binding["HostIp"], binding["HostIp"]
                )
                tried = attempt(engine.netns, address, int(binding["HostPort"]), timeout=1)
                ports[f"{binding['HostIp'] or '0.0.0.0'}:{binding['HostPort']}->{spec}"] = (
                    tried.outcome == "answered"
                )
        networks = attrs["NetworkSettings"]["Networks"] or {}
        found.append(
            Theirs(
                container.name,
                container.id,
                attrs["State"]["Running"],
                attrs["HostConfig"]["RestartPolicy"]["Name"],
                {n: e.get("IPAddress", "") for n, e in networks.items()},
                ports,
                attrs["State"].get("StartedAt", ""),
            )
        )
    return tuple(found)


def _chain(engine: Engine, binary: str, chain: str) -> tuple[str, ...]:
    done = run_in(engine.netns, binary, "-w", "-S", chain)
    return tuple(done.stdout.splitlines()) if done.returncode == 0 else ()


def snapshot(engine: Engine, scene: Scene, patience: float = 0) -> Snapshot:
    """The host now. `patience`: how long each try may be repeated before it counts as unanswered."""
    kept = tuple(_kept(engine, role, name) for role, name in scene.containers.items())
    pids = {k.role: k.pid for k in kept if k.running and k.pid}

    def netns_of(role: str) -> str | None:
        return f"/proc/{pids[role]}/ns/net" if role in pids else None

    with ThreadPoolExecutor(max_workers=8) as pool:
        made = list(pool.map(lambda t: settled(t, patience), tries(engine.netns, scene, netns_of)))
    info = engine.client.info()
    docker_user = _chain(engine, scene.iptables, "DOCKER-USER") if scene.iptables else ()
    forward = _chain(engine, scene.iptables, "FORWARD") if scene.iptables else ()
    backend = (info.get("FirewallBackend") or {}).get("Driver", "iptables")
    return Snapshot(
        engine={
            "version": info.get("ServerVersion", ""),
            "live_restore": str(bool(info.get("LiveRestoreEnabled"))).lower(),
            "firewall_backend": backend,
            "read_at": datetime.now(UTC).isoformat(),
        },
        kept=kept,
        networks=tuple(_network(engine, role, name) for role, name in scene.networks.items()),
        theirs=theirs(engine),
        tries=tuple(made),
        docker_user=docker_user,
        forward=forward,
        suite_rules=tuple(r for r in docker_user if f"{COMMENT} {scene.id}" in r),
        unread="" if scene.iptables else "no iptables binary is installed here",
    )
