"""An "outside" the suite makes on this machine: a network namespace joined by a veth.

S-EGRESS-1 needs somewhere off the bridge to send to. It must never be a real address, so
the suite makes one: a namespace `dcf-<run>-…-out`, a veth whose host end sits in the
engine's namespace, and a /24 from the documentation ranges that nothing on the host routes
yet. Deleting the namespace deletes both veth ends.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TypeVar

from docker.models.containers import Container
from filelock import FileLock, Timeout

from docker_conformance.conformance.core.errors import ExitStatus, SuiteError
from docker_conformance.conformance.model.execs import Exec, Ping
from docker_conformance.conformance.model.netns import SUITE_VETH, NetnsView
from docker_conformance.observe.execs import ping, run_in
from docker_conformance.observe.locks import lock_dir
from docker_conformance.observe.netview import netlink
from docker_conformance.observe.nsenter import add_named_netns, delete_named_netns, socket_in
from docker_conformance.observe.ownership import Run
from docker_conformance.observe.timing import phase
from docker_conformance.observe.waiting import wait_for

# the benchmarking range's /24s, then two documentation ranges: never anyone's real address.
# 192.0.2.0/24, the third documentation range, is left out (this project's machines are on it),
# and the documentation ranges come last: on this project's machines the package registries
# resolve to 203.0.113.80, whose traffic an outside on that /24 would take for its lifetime.
RANGES = (
    *(f"198.{18 + i // 256}.{i % 256}.0/24" for i in range(512)),
    "198.51.100.0/24",
    "203.0.113.0/24",
)
TAGS = ("o", "i", "p", "n", "e", "s", "f", "g", "r", "m", "t", "u", "v", "x", "w")  # egress, internal,
# ports, custom network; test engine, sshd; the fleet demo's nodes and its swarm's overlay; another
# host (reachability); the gateway modes' networks and first outside, and their second outside; an
# upgrade's two routed outsides, its network with a subnet, and its other bridge
ETH_P_IP = 0x0800


@dataclass(frozen=True)
class Outside:
    netns: str  # name under /run/netns
    host_veth: str  # the host end, in the engine's namespace
    host_address: str  # the host end's address: what a masqueraded packet comes from
    address: str  # the far end, inside the namespace


def talked_to() -> set[ipaddress.IPv4Address]:
    """The remote IPv4 addresses of this network namespace's TCP and UDP sockets right now."""
    found = set()
    for table in ("tcp", "udp"):
        try:
            rows = Path(f"/proc/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            remote = row.split()[2].split(":")[0]
            found.add(ipaddress.IPv4Address(int(remote, 16).to_bytes(4, "little")))
    return found - {ipaddress.IPv4Address("0.0.0.0")}


N = TypeVar("N", ipaddress.IPv4Network, ipaddress.IPv6Network)


@contextmanager
def first_free(candidates: list[N], start: int, kind: str) -> Iterator[N | None]:
    """The first of `candidates` (from `start` on, wrapping round) whose machine-wide lock this
    user can take now, held while the block runs; None when another run holds every one."""
    for candidate in candidates[start:] + candidates[:start]:
        held = FileLock(lock_dir() / f"{kind}-{candidate.network_address}.lock")
        try:
            held.acquire(timeout=0)
        except Timeout:
            continue
        try:
            yield candidate
        finally:
            held.release()
        return
    yield None


@contextmanager
def reserved_range(host: NetnsView, tag: str) -> Iterator[ipaddress.IPv4Network]:
    """A benchmarking or documentation /24 that no route of the engine's namespace overlaps and
    that holds no address this machine is talking to (through its default route), held by a
    lock of this user's while the outside lives: outsides made at once (by one run's scenarios,
    or by this user's concurrent runs) never share one. Each tag starts its search at a
    different range."""
    taken = [ipaddress.IPv4Network(r.dst) for r in host.routes if r.dst != "default"]
    talking = talked_to()
    free = [
        c
        for c in map(ipaddress.IPv4Network, RANGES)
        if not any(c.overlaps(n) for n in taken) and not any(a in c for a in talking)
    ]
    with first_free(free, TAGS.index(tag) % max(1, len(free)), "range") as candidate:
        if candidate is not None:
            yield candidate
            return
    raise SuiteError(
        f"no documentation or benchmarking range ({RANGES[0]}, {RANGES[1]}, 198.18.0.0/15) is free of "
        "this host's routes and of other runs of the suite: the egress checks have nowhere safe to "
        "send to. Nothing was sent.",
        ExitStatus.HOST_CHANGED,
        f"문서용·벤치마크용 주소 범위({RANGES[0]}, {RANGES[1]}, 198.18.0.0/15) 가운데 이 호스트의 경로와 "
        "다른 스위트 실행이 쓰지 않는 것이 없다: 바깥으로 보내는 검사가 안전하게 보낼 곳이 없다. "
        "아무것도 보내지 않았다.",
    )


@contextmanager
def outside_namespace(
    run: Run, engine_netns: str | None, host: NetnsView, tag: str = "o"
) -> Iterator[Outside]:
    """Make the outside, yield it, and remove it (and wait for the veth to go) afterwards.

    `tag` (a letter or two) tells apart the outsides that one run's scenarios make at once.
    """
    with reserved_range(host, tag) as net:
        yield from _outside(run, engine_netns, net, tag)


def wire(netns: str | None, name: str, veth: str, peer: str, net: ipaddress.IPv4Network) -> tuple[str, str]:
    """A veth from `netns` (None: ours) into the named namespace `name`: `veth` here with the
    first address of `net`, `peer` there with the second; both ends (and `name`'s lo) up."""
    here, there = (str(ip) for ip in list(net.hosts())[:2])
    with phase("namespaces"), netlink(netns) as nl:
        nl.link("add", ifname=veth, kind="veth", peer={"ifname": peer, "net_ns_fd": name})
        index = nl.link_lookup(ifname=veth)[0]
        nl.addr("add", index=index, address=here, prefixlen=net.prefixlen)
        nl.link("set", index=index, state="up")
    with netlink(f"/run/netns/{name}") as nl:
        index = nl.link_lookup(ifname=peer)[0]
        nl.addr("add", index=index, address=there, prefixlen=net.prefixlen)
        nl.link("set", index=index, state="up")
        nl.link("set", index=nl.link_lookup(ifname="lo")[0], state="up")
    return here, there


def _outside(run: Run, engine_netns: str | None, net: ipaddress.IPv4Network, tag: str) -> Iterator[Outside]:
    name, veth = run.netns_name(f"out{tag}"), f"{SUITE_VETH}{run.id}{tag}"
    add_named_netns(name)
    try:
        host_ip, far_ip = wire(engine_netns, name, veth, "eth0", net)
        yield Outside(netns=name, host_veth=veth, host_address=host_ip, address=far_ip)
    finally:
        delete_named_netns(name)
        wait_for(lambda: not has_link(engine_netns, veth), what=f"{veth} to vanish")


def has_link(netns: str | None, name: str) -> bool:
    with netlink(netns) as nl:
        return bool(nl.link_lookup(ifname=name))


def listener(outside: Outside) -> socket.socket:
    """A TCP listener inside the outside namespace, on an ephemeral port."""
    sock = socket_in(f"/run/netns/{outside.netns}", socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((outside.address, 0))
    sock.listen(1)
    return sock


def capture(engine_netns: str | None, device: str) -> socket.socket:
    """A raw IPv4 capture socket bound to `device` (docker0) in the engine's namespace."""
    sock = socket_in(engine_netns, socket.AF_PACKET, socket.SOCK_DGRAM, socket.htons(ETH_P_IP))
    sock.bind((device, ETH_P_IP))
    return sock


@dataclass(frozen=True)
class Reached:
    """What a container's attempt to reach the outside gave: what it ran, what the far end saw."""

    nc: Exec  # a line sent to the outside's listener
    peer: str | None  # the address the listener saw connect (None: nothing arrived)
    payload: str
    ping: Ping


def reach_outside(container: Container, role: str, out: Outside, patience: int = 2) -> Reached:
    """The container sends a line to a listener in the outside, and pings it meanwhile.

    `nc` and `ping` each give up after `patience` seconds; the listener waits while `nc` runs.
    """
    with closing(listener(out)) as srv, ThreadPoolExecutor(max_workers=2) as pool:
        pinged = pool.submit(ping, container, role, out.address, "-c", "1", "-W", str(patience))
        srv.settimeout(0.1)
        port = srv.getsockname()[1]
        sent = pool.submit(
            partial(run_in, prints=False),
            container,
            role,
            "sh",
            "-c",
            f"echo conformance | nc -w {patience} {out.address} {port}",
        )
        peer, payload, deadline, last_try = None, "", time.monotonic() + patience + 3, False
        while peer is None and time.monotonic() < deadline and not last_try:
            last_try = sent.done()  # one more accept after nc ended: its connection may be queued
            try:
                conn, (peer, _) = srv.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(2)
                payload = conn.recv(64).decode(errors="replace").strip()
        nc = sent.result()
        return Reached(nc, peer, payload, pinged.result())
