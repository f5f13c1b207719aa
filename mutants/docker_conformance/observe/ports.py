"""Published ports (D-PORT-*, D-HAIRPIN-1): who can connect to them, and through which address.

Two listeners on a network of the suite's own: one published on 127.0.0.1 only, one on every
address. They are reached from the host's loopback (IPv4 and IPv6), from an outside the suite
makes (through the host's address on that link), and from containers through that same address.
Every address is one of this machine's; nothing is sent anywhere else.
"""

from __future__ import annotations

import socket
from contextlib import nullcontext
from functools import partial

from docker_conformance.conformance.model.scenarios import PublishedPort
from docker_conformance.observe.containers import Containers, with_command, with_network, with_published_port
from docker_conformance.observe.engine import Engine
from docker_conformance.observe.execs import run_in, side_by_side
from docker_conformance.observe.netview import read_netns
from docker_conformance.observe.nsenter import USER, can_enter_namespaces, handed_over, socket_in
from docker_conformance.observe.outside import outside_namespace
from docker_conformance.observe.ownership import Run
from docker_conformance.observe.waiting import wait_for

CONTAINER_PORT = 8080
# a listener that answers every connection at once, each in its own process
LISTENER = ("nc", "-ll", "-p", str(CONTAINER_PORT), "-e", "echo", "conformance")


def free_port(netns: str | None, host_ip: str = "127.0.0.1") -> int:
    """A TCP port free on `host_ip` in the engine's namespace."""
    with socket_in(netns, socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host_ip, 0))
        return sock.getsockname()[1]


def fetch(netns: str | None, address: str, port: int, timeout: float = 1) -> str:
    """Connect from `netns` (the engine's, or an outside's) to address:port; what it reads."""
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    try:
        with socket_in(netns, family, socket.SOCK_STREAM) as conn:
            conn.settimeout(timeout)
            conn.connect((address, port))
            return conn.recv(64).decode(errors="replace").strip()
    except OSError:
        return ""


def _answered(netns: str | None, address: str, port: int) -> tuple[str, int]:
    """What address:port answers once its listener is up (bounded), and after how many tries."""
    tries = 0

    def attempt() -> str:
        nonlocal tries
        tries += 1
        return fetch(netns, address, port)

    try:
        return wait_for(attempt, timeout=10, what=f"an answer on {address}:{port}"), tries
    except TimeoutError:
        return "", tries


def observe_published_port(engine: Engine, factory: Containers, run: Run) -> PublishedPort:
    """`-p 127.0.0.1:PORT:8080` and `-p PORT2:8080` on two listeners; then who reaches them."""
    host_ip, port, any_port = "127.0.0.1", free_port(engine.netns), free_port(engine.netns, "0.0.0.0")
    # the outside needs a namespace of the suite's own (root); without one, D-PORT-3's other
    # namespace and D-HAIRPIN-1 are not observed, and their verdicts say so
    making = outside_namespace(run, engine.netns, read_netns(engine.netns), tag="p")
    with factory.scoped() as scenario, making if can_enter_namespaces() else nullcontext() as out:
        on_network, listening = with_network(scenario.network("ports").name), with_command(*LISTENER)
        on_loopback = with_published_port(CONTAINER_PORT, port, host_ip)
        on_every_address = with_published_port(CONTAINER_PORT, any_port, None)
        loopback, anywhere, client = side_by_side(
            partial(scenario.run, "listener", on_network, listening, on_loopback),
            partial(scenario.run, "any-listener", on_network, listening, on_every_address),
            partial(scenario.run, "client", on_network),
        )
        received, tries = _answered(engine.netns, host_ip, port)
        any_received = {host_ip: _answered(engine.netns, host_ip, any_port)[0]}
        any_received["::1"] = fetch(engine.netns, "::1", any_port)
        # a rootless engine's ports are published by RootlessKit in the user's namespace: this one
        rootless = engine.facts.mode == "rootless" and (engine.netns or handed_over())
        on_host = fetch(USER, host_ip, port) if rootless else None
        from_outside, hairpin, address = {}, {}, ""
        if out:
            address, netns = out.host_address, f"/run/netns/{out.netns}"
            from_outside = {
                "loopback port": fetch(netns, address, port),
                "any port": fetch(netns, address, any_port),
            }
            nc = ("sh", "-c", f"nc -w 2 {address} {any_port} </dev/null")
            other, itself = side_by_side(
                partial(run_in, client, "client", *nc, prints=False),
                partial(run_in, anywhere, "any-listener", *nc, prints=False),
            )
            hairpin = {"another container": other, "itself": itself}
        return PublishedPort(
            host_ip,
            port,
            CONTAINER_PORT,
            loopback.attrs["NetworkSettings"]["Ports"],
            received,
            tries,
            any_port=any_port,
            any_bindings=anywhere.attrs["NetworkSettings"]["Ports"],
            any_received=any_received,
            host_address=address,
            from_outside=from_outside,
            hairpin=hairpin,
            received_on_host=on_host,
        )
