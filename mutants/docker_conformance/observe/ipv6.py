"""Dual stack (D-V6-*): an IPv6 user network on a documentation /64, its containers, and another
host's view of it, observed as the IPv4 claims are (netlink, the engine API, the containers' own
tools, an outside the suite makes).

Every IPv6 address the suite gives comes from 2001:db8::/32: a /64 for the network and one for
the outside's link, each held by a machine-wide lock while in use and never one a route of the
engine's namespace already covers. No IPv6 packet leaves the machine.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from functools import partial
from socket import AF_INET6

from docker.errors import APIError
from docker.models.containers import Container
from docker.types import IPAMConfig, IPAMPool

from docker_conformance.conformance.core.errors import ExitStatus, SuiteError
from docker_conformance.conformance.model.execs import Exec, Ping
from docker_conformance.conformance.model.ipv6 import (
    DefaultBridgeV6,
    Ipv6Observation,
    V6Container,
    V6Egress,
    ipam_subnets,
)
from docker_conformance.conformance.model.netns import SUITE_VETH
from docker_conformance.observe.containers import (
    Containers,
    Option,
    endpoint,
    netns_path,
    with_command,
    with_network,
    with_published_port,
)
from docker_conformance.observe.engine import Engine
from docker_conformance.observe.execs import ping, run_in, side_by_side
from docker_conformance.observe.firewall import read, variant
from docker_conformance.observe.locks import bridge_allocation
from docker_conformance.observe.netview import netlink, read_netns
from docker_conformance.observe.nftables import nft_ipv6_dnat
from docker_conformance.observe.nsenter import add_named_netns, delete_named_netns, read_in, socket_in
from docker_conformance.observe.outside import first_free, has_link
from docker_conformance.observe.ownership import Run
from docker_conformance.observe.ports import CONTAINER_PORT, LISTENER, free_port
from docker_conformance.observe.reach import answered
from docker_conformance.observe.waiting import wait_for

PREFIXES = tuple(f"2001:db8:dcf:{i:x}::/64" for i in range(256))  # documentation prefix only
IFA_F_NODAD, IFA_F_TENTATIVE = 0x02, 0x40


def unavailable(engine: Engine) -> str:
    """Why IPv6 cannot be observed in the engine's namespace ("" when it can)."""
    try:
        disabled = read_in(engine.netns, "/proc/sys/net/ipv6/conf/all/disable_ipv6").strip()
    except OSError:
        return "this host's kernel has no IPv6 (ipv6.disable=1, or no IPv6 support): nothing to judge"
    return (
        "IPv6 is disabled on every interface here (net.ipv6.conf.all.disable_ipv6=1)"
        if disabled == "1"
        else ""
    )


def routes6(netns: str | None) -> tuple[str, ...]:
    """The main table's IPv6 routes, as `ip -6 route` prints them (without metrics)."""
    with netlink(netns) as nl:
        names = {m["index"]: m.get_attr("IFLA_IFNAME") for m in nl.get_links()}
        found = []
        for m in nl.get_routes(family=AF_INET6, table=254):
            dst = f"{m.get('RTA_DST')}/{m['dst_len']}" if m["dst_len"] else "default"
            via = f" via {m.get('RTA_GATEWAY')}" if m.get("RTA_GATEWAY") else ""
            found.append(f"{dst}{via} dev {names.get(m.get('RTA_OIF'), m.get('RTA_OIF'))}")
    return tuple(found)


@contextmanager
def reserved_prefix(netns: str | None, start: int) -> Iterator[ipaddress.IPv6Network]:
    """A /64 of 2001:db8::/32 no route here overlaps, held by this user's lock while in use."""
    taken = [ipaddress.ip_network(r.split()[0]) for r in routes6(netns) if not r.startswith("default")]
    free = [p for p in map(ipaddress.IPv6Network, PREFIXES) if not any(p.overlaps(t) for t in taken)]
    with first_free(free, start, "range6") as candidate:
        if candidate is not None:
            yield candidate
            return
    raise SuiteError(
        "no /64 of 2001:db8:dcf::/48 is free of this host's routes and of other runs of the suite: the "
        "IPv6 checks have nowhere safe to use. Nothing was sent.",
        ExitStatus.HOST_CHANGED,
        "2001:db8:dcf::/48의 /64 가운데 이 호스트의 경로와 다른 스위트 실행이 쓰지 않는 것이 없다: IPv6 "
        "검사가 안전하게 쓸 곳이 없다. 아무것도 보내지 않았다.",
    )


@contextmanager
def outside6(run: Run, engine_netns: str | None) -> Iterator[tuple[str, str, str]]:
    """An IPv6 outside: a namespace and a veth from the engine's namespace, `PREFIX::1` here and
    `PREFIX::2` there (no duplicate address detection: both are the suite's own). Yields
    (namespace path, this host's address, the outside's address); removed after."""
    with reserved_prefix(engine_netns, 128) as net:
        name, veth = run.netns_name("out6"), f"{SUITE_VETH}{run.id}6"
        here, there = str(net.network_address + 1), str(net.network_address + 2)
        path = add_named_netns(name)
        try:
            with netlink(engine_netns) as nl:
                nl.link("add", ifname=veth, kind="veth", peer={"ifname": "eth0", "net_ns_fd": name})
                index = nl.link_lookup(ifname=veth)[0]
                nl.addr("add", index=index, address=here, prefixlen=64, flags=IFA_F_NODAD)
                nl.link("set", index=index, state="up")
            with netlink(path) as nl:
                index = nl.link_lookup(ifname="eth0")[0]
                nl.addr("add", index=index, address=there, prefixlen=64, flags=IFA_F_NODAD)
                nl.link("set", index=index, state="up")
            wait_for(
                lambda: not _tentative(engine_netns, veth) and not _tentative(path, "eth0"),
                timeout=10,
                what=f"the IPv6 addresses of {veth} and its peer to finish duplicate address detection",
            )
            yield path, here, there
        finally:
            delete_named_netns(name)
            wait_for(lambda: not has_link(engine_netns, veth), what=f"{veth} to vanish")


def _tentative(netns: str | None, ifname: str) -> bool:
    """Whether an address of `ifname` is still tentative (its link-local one, say): until then the
    kernel cannot resolve neighbours from it."""
    with netlink(netns) as nl:
        index = nl.link_lookup(ifname=ifname)[0]
        return any(
            m.get_attr("IFA_FLAGS", m["flags"]) & IFA_F_TENTATIVE
            for m in nl.get_addr(family=AF_INET6, index=index)
        )


def _egress(container: Container, role: str, outside: str, host: str, there: str) -> V6Egress:
    """`role` sends a line to a listener in the outside; who the listener saw connect."""
    with closing(socket_in(outside, AF_INET6, socket.SOCK_STREAM)) as srv, ThreadPoolExecutor(1) as pool:
        srv.bind((there, 0))
        srv.listen(1)
        srv.settimeout(0.1)
        line = f"echo conformance | nc -w 2 {there} {srv.getsockname()[1]}"
        sent = pool.submit(partial(run_in, prints=False), container, role, "sh", "-c", line)
        peer, payload, deadline, last_try = None, "", time.monotonic() + 5, False
        while peer is None and time.monotonic() < deadline and not last_try:
            last_try = sent.done()  # one more accept after nc ended: its connection may be queued
            try:
                conn, (peer, *_) = srv.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(2)
                payload = conn.recv(64).decode(errors="replace").strip()
        return V6Egress(host, there, sent.result(), peer, payload)


def _inside(container: Container, role: str, network: str) -> V6Container:
    netns = netns_path(container)
    eth0 = read_netns(netns).interface("eth0")
    disable, hosts = side_by_side(
        partial(run_in, container, role, "cat", "/proc/sys/net/ipv6/conf/eth0/disable_ipv6"),
        partial(run_in, container, role, "cat", "/etc/hosts"),
    )
    return V6Container(
        role,
        container.name,
        endpoint(container, network),
        eth0.addresses6 if eth0 else (),
        routes6(netns),
        disable,
        hosts,
    )


def _answering(container: Container, role: str, target: str | None) -> Ping:
    """A ping -6 that is tried again (bounded) while the fresh link's addresses are still tentative."""
    if target is None:  # never `::`, which the kernel takes for the container's own loopback
        return Ping(role, "", Exec(f"docker exec {role} ping -6 (the peer has no IPv6 address)", 1, ""))
    tried = ping(container, role, target, "-6", "-c", "1", "-W", "1")
    for _ in range(4):
        if tried.complete:
            break
        time.sleep(0.5)
        tried = ping(container, role, target, "-6", "-c", "1", "-W", "1")
    return tried


def _default_bridge(engine: Engine, scenario: Containers) -> DefaultBridgeV6 | None:
    """d6 on the default bridge, when the engine gave that bridge IPv6."""
    bridge = engine.client.api.inspect_network("bridge")
    subnets = ipam_subnets(bridge, 6)
    if not bridge.get("EnableIPv6") or not subnets:
        return None
    device = (bridge.get("Options") or {}).get("com.docker.network.bridge.name", "docker0")
    gateway = next(
        (c.get("Gateway") for c in bridge["IPAM"]["Config"] if c.get("Subnet") == subnets[0]), None
    )
    with bridge_allocation(engine):
        d6 = scenario.run("d6")
        eth0 = read_netns(netns_path(d6)).interface("eth0")
        docker0 = read_netns(engine.netns).interface(device)
        return DefaultBridgeV6(
            subnets[0],
            gateway,
            docker0.addresses6 if docker0 else (),
            eth0.addresses6 if eth0 else (),
            endpoint(d6),
        )


def _auto(scenario: Containers) -> tuple[dict | None, str]:
    """`docker network create --ipv6` with no subnet: its inspect, or the engine's refusal."""
    try:
        network = scenario.network("v6auto", enable_ipv6=True)
    except APIError as exc:
        return None, str(exc.explanation or exc)
    network.reload()
    return network.attrs, ""


def observe_ipv6(engine: Engine, factory: Containers, run: Run, *options: Option) -> Ipv6Observation:
    """The IPv6 network, its containers, the outside's view, the default bridge, `--ipv6` alone.

    `options` go to the network's containers (a self-test's deviation: IPv6 turned off in them)."""
    if why := unavailable(engine):
        return Ipv6Observation(why)
    port = free_port(engine.netns, "0.0.0.0")
    with reserved_prefix(engine.netns, 0) as net, factory.scoped() as scenario:
        network = scenario.network(
            "v6", enable_ipv6=True, ipam=IPAMConfig(pool_configs=[IPAMPool(subnet=str(net))])
        )
        on_it = with_network(network.name)
        first = scenario.run("v6a", on_it, *options)
        listening = (with_command(*LISTENER), with_published_port(CONTAINER_PORT, port, None))
        second = scenario.run("v6b", on_it, *listening, *options)
        network.reload()
        a, b = side_by_side(
            partial(_inside, first, "v6a", network.name), partial(_inside, second, "v6b", network.name)
        )
        gateway = str(net.network_address + 1)
        to_peer, to_gateway, lookup = side_by_side(
            partial(_answering, first, "v6a", b.global_address()),
            partial(_answering, first, "v6a", gateway),
            partial(run_in, first, "v6a", "nslookup", "-type=AAAA", second.name),
        )
        forwarding = read_in(engine.netns, "/proc/sys/net/ipv6/conf/all/forwarding").strip()
        with outside6(run, engine.netns) as (outside, here, there):
            if own := a.global_address():  # the way back to v6a, for traffic that is not masqueraded
                with netlink(outside) as nl:
                    nl.route("add", dst=f"{own}/128", gateway=here)
            egress = _egress(first, "v6a", outside, here, there)
            published = answered(outside, here, port)
        chosen = variant(engine.netns)
        nat = read(engine, chosen).ip6_tables.get("nat", ())
        rules = tuple(line.split("] ", 1)[-1] for line in nat if f"--dport {port} " in line)
        nft_rules = () if rules else nft_ipv6_dnat(engine.netns, port)
        auto, refused = _auto(scenario)
        host = read_netns(engine.netns)
        device = host.bridge_of(network.attrs, f"br-{network.id[:12]}")
        return Ipv6Observation(
            unavailable="",
            subnet=str(net),
            network=network.attrs,
            bridge=device.name if device else f"br-{network.id[:12]}",
            host=host,
            first=a,
            second=b,
            to_peer=to_peer,
            to_gateway=to_gateway,
            lookup=lookup,
            forwarding=forwarding,
            egress=egress,
            port=port,
            published=published,
            published_via=(
                "ip6tables DNAT"
                if any("DNAT" in r for r in rules)
                else "nftables DNAT"
                if nft_rules
                else "userland proxy"
            ),
            nat_rules=rules + nft_rules,
            default_bridge=_default_bridge(engine, scenario),
            auto_network=auto,
            auto_refused=refused,
        )
