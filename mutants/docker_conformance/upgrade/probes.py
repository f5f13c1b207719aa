"""The tries an upgrade is judged by, each from a network namespace of its own choosing, none
through the engine (it may be down): a TCP connection, an ICMP echo, a DNS question.

Each gives a `Try`: answered, did not answer, or could not act (`sent` False: no namespace to
enter, no socket, which says nothing of the network).
"""

from __future__ import annotations

import os
import random
import socket
import struct
import time

from docker_conformance.conformance.model.upgrade import Try
from docker_conformance.observe.nsenter import socket_in
from docker_conformance.observe.reach import attempt

EMBEDDED_DNS = "127.0.0.11"  # Docker's embedded DNS server, inside a container on a user network


def tcp(what: str, netns: str | None, address: str, port: int, timeout: float = 1) -> Try:
    """A TCP connection from `netns` to address:port."""
    tried = attempt(netns, address, port, timeout)
    return Try(what, tried.target, tried.reached, tried.sent, "" if tried.reached else tried.line())


def _checksum(data: bytes) -> int:
    total = sum(struct.unpack(f"!{len(data) // 2}H", data + b"\0" * (len(data) % 2)))
    total = (total >> 16) + (total & 0xFFFF)
    return ~(total + (total >> 16)) & 0xFFFF


def icmp(what: str, netns: str | None, address: str, timeout: float = 1) -> Try:
    """One ICMP echo from `netns` to `address` (a raw socket: root in that namespace)."""
    try:
        sock = socket_in(netns, socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
    except OSError as exc:
        return Try(what, address, False, sent=False, said=f"no socket could be opened there: {exc}")
    ident, payload = random.randrange(1 << 16), b"docker-conformance"
    header = struct.pack("!BBHHH", 8, 0, 0, ident, 1)
    packet = struct.pack("!BBHHH", 8, 0, _checksum(header + payload), ident, 1) + payload
    with sock:
        try:
            sock.sendto(packet, (address, 0))
        except OSError as exc:
            return Try(what, address, False, sent=False, said=exc.strerror or str(exc))
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            sock.settimeout(left)
            try:
                data, (source, _) = sock.recvfrom(1024)
            except TimeoutError:
                break
            start = (data[0] & 0x0F) * 4  # past the IP header
            kind, _, _, got = struct.unpack("!BBHH", data[start : start + 6])
            if kind == 0 and got == ident and source == address:
                return Try(what, address, True)
    return Try(what, address, False, said=f"no echo reply within {timeout:g} s")


def _question(name: str, ident: int) -> bytes:
    labels = b"".join(bytes([len(part)]) + part.encode() for part in name.split("."))
    return struct.pack("!HHHHHH", ident, 0x0100, 1, 0, 0, 0) + labels + b"\0" + struct.pack("!HH", 1, 1)


def dns(what: str, netns: str | None, name: str, server: str = EMBEDDED_DNS, timeout: float = 1) -> Try:
    """An A question for `name` to `server` from `netns`: answered when an address comes back."""
    target = f"{name} via {server}"
    try:
        sock = socket_in(netns, socket.AF_INET, socket.SOCK_DGRAM)
    except OSError as exc:
        return Try(what, target, False, sent=False, said=f"no socket could be opened there: {exc}")
    ident = random.randrange(1 << 16)
    with sock:
        sock.settimeout(timeout)
        try:
            sock.sendto(_question(name, ident), (server, 53))
            data = sock.recv(512)
        except TimeoutError:
            return Try(what, target, False, said=f"no answer within {timeout:g} s")
        except ConnectionRefusedError:
            return Try(what, target, False, said="refused (nothing listens there)")
        except OSError as exc:
            return Try(what, target, False, sent=False, said=exc.strerror or str(exc))
    got, flags, _, answers = struct.unpack("!HHHH", data[:8])
    answered = got == ident and flags & 0x000F == 0 and answers > 0
    return Try(
        what, target, answered, said="" if answered else f"rcode {flags & 0x000F}, {answers} answer(s)"
    )


def container_netns(container_id: str) -> str | None:
    """The network namespace of a running container's first process, found on the host by its ID in
    /proc (its cgroup names it): no engine needed, so it works while the engine is down."""
    found = []
    for proc in os.listdir("/proc"):
        if not proc.isdigit():
            continue
        try:
            with open(f"/proc/{proc}/cgroup", encoding="utf-8") as cgroup:
                if container_id in cgroup.read():
                    found.append(int(proc))
        except OSError:
            continue
    return f"/proc/{min(found)}/ns/net" if found else None
