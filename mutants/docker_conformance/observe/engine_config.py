"""The engine's own settings (D-OPT-1, D-FWD-1): the default bridge's options, IPv4 forwarding
in the engine's namespace, and the FORWARD chain it guards. No container is made, unless
forwarding is off: it is then read again while one container runs on the default bridge (an
engine may turn forwarding on only when a container needs it, as Podman does)."""

from __future__ import annotations

import time

from docker_conformance.conformance.model.scenarios import EngineConfig
from docker_conformance.observe.commands import binary, run_in
from docker_conformance.observe.containers import Containers
from docker_conformance.observe.engine import Engine
from docker_conformance.observe.locks import bridge_allocation, network_changes
from docker_conformance.observe.nsenter import read_in


def forward_rules(netns: str | None) -> tuple[tuple[str, ...] | None, str]:
    """`iptables -S FORWARD` in `netns` (its policy and rules), or None and why not."""
    iptables = binary("iptables")
    if not iptables:
        return None, "iptables is not installed here: FORWARD was not read"
    try:
        done = run_in(netns, iptables, "-S", "FORWARD")
    except OSError as exc:
        return None, f"`iptables -S FORWARD` did not run ({exc})"
    if done.returncode != 0:
        return None, f"`iptables -S FORWARD` failed: {done.stderr.strip() or done.returncode}"
    return tuple(done.stdout.splitlines()), ""


def steady_forward_rules(engine: Engine, tries: int = 10) -> tuple[tuple[str, ...] | None, str]:
    """FORWARD while no network of the suite is made or removed (the engine rewrites it then),
    read until two reads 0.1 s apart agree (someone else may be making one), at most `tries`."""
    with network_changes(engine):
        rules, why = forward_rules(engine.netns)
        for _ in range(tries - 1):
            time.sleep(0.1)
            again, why = forward_rules(engine.netns)
            if again == rules:
                break
            rules = again
    return rules, why


def observe_engine_config(engine: Engine, containers: Containers) -> EngineConfig:
    options = engine.client.api.inspect_network("bridge").get("Options") or {}
    running = None
    try:
        ip_forward: str | None = _ip_forward(engine)
        if ip_forward == "0":
            with bridge_allocation(engine), containers.scoped() as scoped:
                scoped.run("forwarding")
                running = _ip_forward(engine)
    except OSError as exc:
        ip_forward = None
        unread = f"net.ipv4.ip_forward was not read ({exc.strerror})"
    else:
        unread = ""
    rules, why = steady_forward_rules(engine)
    return EngineConfig(options, ip_forward, rules, "; ".join(w for w in (unread, why) if w), running)


def _ip_forward(engine: Engine) -> str:
    return read_in(engine.netns, "/proc/sys/net/ipv4/ip_forward").strip()
