"""Sockets inside another network namespace, without forking.

pyroute2's own netns support forks a helper process; forking a multi-threaded process (an
xdist worker, a thread pool) can deadlock the child. Instead a short-lived thread enters the
namespace with setns(2), which moves only that thread, opens the socket there (a socket
stays in the namespace it was opened in) and hands it back.
"""

from __future__ import annotations

import ctypes
import os
import socket
import subprocess
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
CLONE_NEWNET = 0x40000000
NETLINK_ROUTE = 0
_libc = ctypes.CDLL(None, use_errno=True)
# inside a rootless engine's namespaces (`observe.entered`): a channel to the process that
# entered them, which opens sockets in the user's own namespace and hands them over
USER_SOCKETS = "DOCKER_CONFORMANCE_USER_SOCKETS"
USER = "the user's namespace"  # as `netns`: where the user connects from (ours, or handed over)
_asking = threading.Lock()
CAP_SYS_ADMIN = 21


def can_enter_namespaces() -> bool:
    """setns(2) into a container's namespace, and making one, need CAP_SYS_ADMIN."""
    with open("/proc/self/status") as status:
        caps = next(line for line in status if line.startswith("CapEff:"))
    return bool(int(caps.split()[1], 16) >> CAP_SYS_ADMIN & 1)


def _setns(fd: int) -> None:
    if _libc.setns(fd, CLONE_NEWNET) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"setns: {os.strerror(errno)}")


def _inside(netns: str, work: Callable[[], T]) -> T:
    """`work()` on this thread while it is in `netns`; the thread returns to its own after."""
    own = os.open("/proc/thread-self/ns/net", os.O_RDONLY)
    try:
        target = os.open(netns, os.O_RDONLY)
        try:
            _setns(target)
            try:
                return work()
            finally:
                _setns(own)
        finally:
            os.close(target)
    finally:
        os.close(own)


def _in_thread(netns: str, work: Callable[[], T]) -> T:
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_inside, netns, work).result()


def in_netns(netns: str | None, work: Callable[[], T]) -> T:
    """`work()` in `netns` (on a short-lived thread), or here: what it opens stays there."""
    return _in_thread(netns, work) if netns else work()


def handed_over() -> bool:
    """Whether the user's namespace is not ours: its sockets come over `USER_SOCKETS`."""
    return USER_SOCKETS in os.environ


@cache
def _channel() -> socket.socket:
    return socket.socket(fileno=int(os.environ[USER_SOCKETS]))


def _from_user(family: int, kind: int) -> socket.socket:
    with _asking:
        _channel().send(f"{family} {kind}".encode())
        _, fds, _, _ = socket.recv_fds(_channel(), 8, 1)
    if not fds:
        raise OSError("no socket came from the user's namespace")
    return socket.socket(fileno=fds[0])


def socket_in(netns: str | None, family: int, kind: int, proto: int = 0) -> socket.socket:
    """A socket opened in `netns` (a path: /proc/PID/ns/net, /run/netns/NAME; `USER`) or in ours."""
    if netns == USER and handed_over():
        return _from_user(family, kind)
    if netns is None or netns == USER:
        return socket.socket(family, kind, proto)
    return _in_thread(netns, lambda: socket.socket(family, kind, proto))


def netlink_socket(netns: str | None) -> socket.socket:
    """A rtnetlink socket (for pyroute2's `IPRoute(use_socket=...)`) in `netns`."""
    return socket_in(netns, socket.AF_NETLINK, socket.SOCK_DGRAM, NETLINK_ROUTE)


def _view(proc: str) -> tuple[list[str], str, str]:
    """What /proc/PID/net shows of a process's network namespace: interface names, IPv4 routes
    and IPv6 addresses (the counters, which move, left out)."""
    net = Path(proc, "net")
    names = [line.split(":")[0].strip() for line in (net / "dev").read_text().splitlines()[2:]]
    return sorted(names), (net / "route").read_text(), (net / "if_inet6").read_text()


def looks_like_ours(pid: int) -> bool:
    """Whether process `pid` shows the same interfaces, routes and IPv6 addresses as ours: for a
    process whose namespace file this user may not open (a root engine, seen by a user in the
    `docker` group), that is as near as it can tell that it is this namespace."""
    try:
        return _view(f"/proc/{pid}") == _view("/proc/self")
    except OSError:
        return False


def same_netns(path: str, other: str | None = None) -> bool:
    """Whether two namespace files (None: ours) name the same network namespace."""
    first, second = os.stat(path), os.stat(other or "/proc/self/ns/net")
    return (first.st_ino, first.st_dev) == (second.st_ino, second.st_dev)


def add_named_netns(name: str) -> str:
    """`ip netns add NAME`; returns its path under /run/netns."""
    subprocess.run(["ip", "netns", "add", name], check=True, capture_output=True, text=True)
    return f"/run/netns/{name}"


def delete_named_netns(name: str) -> None:
    subprocess.run(["ip", "netns", "delete", name], check=False, capture_output=True)


def named_netns() -> list[str]:
    try:
        return sorted(os.listdir("/run/netns"))
    except FileNotFoundError:
        return []


def read_in(netns: str | None, path: str) -> str:
    """A file of /proc/sys/net as `netns` (or ours) has it, e.g. net/ipv4/ip_forward."""
    # /proc/sys/net is the namespace of the thread that opens it
    return _in_thread(netns, Path(path).read_text) if netns else Path(path).read_text()
