"""Network views read through netlink (pyroute2): the host's namespace or a container's.

`read_netns(None)` reads the namespace this process is in; `read_netns("/proc/PID/ns/net")`
reads a container's, entered through its PID. The result is `model.netns` data,
in the shape `ip addr` / `ip -d link` / `route -n` print, so that the judges never touch netlink.
"""

from __future__ import annotations

import os
import socket
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from socket import AF_INET, AF_INET6

from pyroute2 import IPRoute

from docker_conformance.conformance.model.netns import Address, Link, NetnsView, Route
from docker_conformance.observe.nsenter import netlink_socket
from docker_conformance.observe.timing import timed

# Interface flags (linux/if.h), named and ordered as iproute2 prints them.
_IFF = (
    (0x8, "LOOPBACK"),
    (0x2, "BROADCAST"),
    (0x10, "POINTOPOINT"),
    (0x1000, "MULTICAST"),
    (0x80, "NOARP"),
    (0x200, "ALLMULTI"),
    (0x100, "PROMISC"),
    (0x1, "UP"),
    (0x10000, "LOWER_UP"),
)
_IFF_UP, _IFF_RUNNING = 0x1, 0x40
_SCOPES = {0: "global", 200: "site", 253: "link", 254: "host", 255: "nowhere"}
_LINK_TYPES = {1: "ether", 772: "loopback", 65534: "none"}
MAIN_TABLE = 254


def _flags(raw: int) -> tuple[str, ...]:
    names = [name for bit, name in _IFF if raw & bit]
    if raw & _IFF_UP and not raw & _IFF_RUNNING:
        names.insert(names.index("UP"), "NO-CARRIER")
    return tuple(names)


def _link(msg, addresses: tuple[Address, ...], addresses6: tuple[Address, ...]) -> Link:
    bridge = msg.get_nested("IFLA_LINKINFO", "IFLA_INFO_DATA")
    peer = msg.get("IFLA_LINK")
    return Link(
        index=msg["index"],
        name=msg.get("IFLA_IFNAME"),
        kind=msg.get_nested("IFLA_LINKINFO", "IFLA_INFO_KIND"),
        link_type=_LINK_TYPES.get(msg["ifi_type"], str(msg["ifi_type"])),
        mtu=msg.get("IFLA_MTU"),
        flags=_flags(msg["flags"]),
        operstate=msg.get("IFLA_OPERSTATE"),
        mac=msg.get("IFLA_ADDRESS"),
        qdisc=msg.get("IFLA_QDISC"),
        master=msg.get("IFLA_MASTER"),
        peer_index=peer if peer and peer != msg["index"] else None,
        link_netnsid=msg.get("IFLA_LINK_NETNSID"),
        stp_state=bridge.get("IFLA_BR_STP_STATE") if bridge else None,
        bridge_id=(  # as `brctl show` prints it: priority in hex, a dot, the MAC bare
            f"{bridge.get('IFLA_BR_PRIORITY'):04x}.{bridge.get('IFLA_BR_BRIDGE_ID')['addr'].replace(':', '')}"
            if bridge and bridge.get("IFLA_BR_BRIDGE_ID")
            else None
        ),
        addresses=addresses,
        addresses6=addresses6,
    )


@contextmanager
def netlink(netns: str | None = None) -> Iterator[IPRoute]:
    """A netlink socket in `netns` (a path such as /proc/PID/ns/net), or in our own."""
    sock = IPRoute(use_socket=netlink_socket(netns)) if netns else IPRoute()
    try:
        yield sock
    finally:
        sock.close()


@timed("netlink reads")
def read_netns(netns: str | None = None) -> NetnsView:
    """Links, IPv4 and IPv6 addresses and main-table IPv4 routes of one network namespace."""
    with netlink(netns) as nl:
        addrs: dict[tuple[int, int], list[Address]] = {}
        for msg in nl.get_addr():
            addrs.setdefault((msg["family"], msg["index"]), []).append(
                Address(
                    address=msg.get("IFA_ADDRESS"),
                    prefixlen=msg["prefixlen"],
                    broadcast=msg.get("IFA_BROADCAST"),
                    scope=_SCOPES.get(msg["scope"], str(msg["scope"])),
                )
            )
        links = tuple(
            _link(
                m, tuple(addrs.get((AF_INET, m["index"]), ())), tuple(addrs.get((AF_INET6, m["index"]), ()))
            )
            for m in nl.get_links()
        )
        names = {link.index: link.name for link in links}
        routes = tuple(
            Route(
                dst=f"{m.get('RTA_DST')}/{m['dst_len']}" if m["dst_len"] else "default",
                gateway=m.get("RTA_GATEWAY"),
                dev=names.get(m.get("RTA_OIF"), str(m.get("RTA_OIF"))),
                scope=_SCOPES.get(m["scope"], str(m["scope"])),
            )
            for m in nl.get_routes(family=2, table=MAIN_TABLE)
        )
    return NetnsView(links=links, routes=routes)


RTM_SETLINK, NLM_F_REQUEST, NLM_F_ACK, NLMSG_ERROR = 19, 1, 4, 2
IFLA_AF_SPEC, IFLA_INET_CONF, IPV4_DEVCONF_ROUTE_LOCALNET = 26, 1, 26


def _nla(kind: int, payload: bytes) -> bytes:
    """A netlink attribute, padded to 4 bytes."""
    data = struct.pack("HH", 4 + len(payload), kind) + payload
    return data + b"\0" * (-len(data) % 4)


def set_route_localnet(netns: str, ifname: str) -> None:
    """net.ipv4.conf.IFNAME.route_localnet=1 in `netns`, through rtnetlink (RTM_SETLINK with
    IFLA_AF_SPEC/AF_INET/IFLA_INET_CONF, as `ip link` would): /proc/sys may be read-only here, as
    in a container. pyroute2 encodes IFLA_INET_CONF only as the dump's array, so the message is
    built by hand. Raises OSError with the kernel's answer."""
    with netlink(netns) as nl:
        index = nl.link_lookup(ifname=ifname)[0]
    conf = _nla(IFLA_INET_CONF, _nla(IPV4_DEVCONF_ROUTE_LOCALNET, struct.pack("I", 1)))
    body = struct.pack("BxHiII", socket.AF_UNSPEC, 0, index, 0, 0) + _nla(
        IFLA_AF_SPEC, _nla(socket.AF_INET, conf)
    )
    message = struct.pack("IHHII", 16 + len(body), RTM_SETLINK, NLM_F_REQUEST | NLM_F_ACK, 1, 0) + body
    with netlink_socket(netns) as sock:
        sock.sendall(message)
        answer = sock.recv(4096)
    kind, error = struct.unpack_from("H", answer, 4)[0], struct.unpack_from("i", answer, 16)[0]
    if kind != NLMSG_ERROR or error:
        raise OSError(-error, f"RTM_SETLINK route_localnet on {ifname}: {os.strerror(-error)}")
