"""User-defined networks, and what the engine writes into containers on the default bridge.

`observe_user_bridges`: u1, u2 (alias `db`) on net1 and v1 on net2; lookups, pings, then
`docker network connect net2 u1` and `disconnect` (D-UBR-*, D-ALIAS-1, D-DISC-1). Side by side,
in the default bridge's turn: d1 there (`--add-host NAME:host-gateway`), r0 with no `--dns`, and
the engine's answers to an alias and an `--ip` on `bridge` (D-HOSTS-1, D-RESOLV-1, D-HOSTGW-1,
D-V6OFF-1, D-ALIAS-1, D-IP-1).

`observe_custom_network`: a network with `--subnet --ip-range --gateway`, an MTU and ICC off,
on a /24 of the documentation or benchmarking ranges that nothing on the host routes (D-ICC-1,
D-IP-1, D-MTU-1).
"""

from __future__ import annotations

import ipaddress
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from functools import partial

from docker.errors import APIError
from docker.models.containers import Container
from docker.models.networks import Network
from docker.types import IPAMConfig, IPAMPool

from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.model.execs import Exec
from docker_conformance.conformance.model.netns import Link, subnet_of
from docker_conformance.conformance.model.scenarios import (
    NOT_ASKED,
    BridgeFiles,
    CustomNetwork,
    Disconnect,
    UserBridges,
)
from docker_conformance.observe.containers import (
    Containers,
    Option,
    endpoint,
    netns_path,
    with_command,
    with_endpoint,
    with_extra_host,
    with_network,
    without_dns,
)
from docker_conformance.observe.engine import Engine, engine_resolv_conf
from docker_conformance.observe.execs import ping, run_in, side_by_side
from docker_conformance.observe.locks import bridge_allocation
from docker_conformance.observe.netview import read_netns
from docker_conformance.observe.nsenter import can_enter_namespaces
from docker_conformance.observe.outside import reserved_range
from docker_conformance.observe.seed import veths_vanish

ALIAS = "db"
# A name the network does not know is forwarded by its DNS server: Docker's, at 127.0.0.11 in the
# container, to the container's own 127.0.0.1; a server elsewhere (Podman's aardvark-dns at the
# gateway) forwards from the engine's host, where 127.0.0.1 may be a resolver that asks the
# Internet. Such a name is asked only of a server on the container's own loopback.
ASKED_LOCALLY = (
    "if grep -q '^nameserver 127[.]' /etc/resolv.conf; then nslookup {name}; "
    f'else echo "{NOT_ASKED}"; grep "^nameserver" /etc/resolv.conf; fi'
)
GATEWAY_NAME = "dcf-gateway"  # --add-host GATEWAY_NAME:host-gateway
DNS = ("127.0.0.1",)  # what the factory gives every container but r0


def observe_user_bridges(engine: Engine, factory: Containers) -> UserBridges:
    """u1, u2 on net1 and v1 on net2 (side by side with the default bridge's part, whose turn
    comes after the seed's and the lifecycle's); then `docker network connect/disconnect`."""
    with factory.scoped() as scenario, ThreadPoolExecutor(max_workers=1) as pool:
        net1, net2 = scenario.network("net1"), scenario.network("net2")
        u1, u2, v1 = side_by_side(
            partial(scenario.run, "u1", with_network(net1.name)),
            partial(scenario.run, "u2", with_endpoint(net1.name, aliases=[ALIAS])),
            partial(scenario.run, "v1", with_network(net2.name)),
        )
        u2_ip = endpoint(u2, net1.name)["IPAddress"]
        on_bridge = pool.submit(_on_default_bridge, engine, scenario, u2.name)
        lookup, resolv_user, across, within, alias_here, alias_there = side_by_side(
            partial(run_in, u1, "u1", "nslookup", u2.name),
            partial(run_in, u1, "u1", "cat", "/etc/resolv.conf"),
            partial(ping, u1, "u1", endpoint(v1, net2.name)["IPAddress"], "-c", "1", "-W", "1"),
            partial(ping, u1, "u1", u2_ip, "-c", "1", "-W", "2"),
            partial(run_in, u1, "u1", "nslookup", ALIAS),
            partial(run_in, v1, "v1", "sh", "-c", ASKED_LOCALLY.format(name=ALIAS)),
        )
        net2.connect(u1)
        u1.reload()
        net1.reload()
        net2.reload()
        connected, host = read_netns(netns_path(u1)), read_netns(engine.netns)
        connected_endpoint = endpoint(u1, net2.name)
        connect_ip_addr, hosts_connected = side_by_side(
            partial(run_in, u1, "u1", "ip", "addr", "show", "eth1"),
            partial(run_in, u1, "u1", "cat", "/etc/hosts"),
        )
        veth = host.peer_of(connected, "eth1")
        disconnect = _disconnect(engine, u1, net2, veth, connected_endpoint, hosts_connected)
        lookup_default, resolv_default, hosts_default, files = on_bridge.result()
        observed = UserBridges(
            net1=net1.attrs,
            net2=net2.attrs,
            host=host,
            lookup_same_network=lookup,
            u2_address=u2_ip,
            resolv_user=resolv_user,
            lookup_default_bridge=lookup_default,
            resolv_default=resolv_default,
            hosts_default=hosts_default,
            across_networks=across,
            within_network=within,
            connected=connected,
            connected_endpoint=connected_endpoint,
            connect_ip_addr=connect_ip_addr,
            bridge_subnet=subnet_of(engine.client.api.inspect_network("bridge")),
            alias=ALIAS,
            alias_lookups=(alias_here, alias_there),
            disconnect=disconnect,
            files=files,
        )
        scenario.ensure_running(u1, u2, v1)
        return observed


def _disconnect(
    engine: Engine, u1: Container, net2: Network, veth: Link | None, was: dict, hosts: Exec
) -> Disconnect:
    """`docker network disconnect net2 u1`, then u1 and the host as they are after."""
    net2.disconnect(u1)
    with suppress(TimeoutError):  # the host end goes with the endpoint; judged as it is if it lingers
        veths_vanish(engine, [veth])
    net2.reload()
    u1.reload()
    return Disconnect(
        address=was.get("IPAddress", ""),
        host_veth=veth.name if veth else None,
        host_veth_index=veth.index if veth else None,
        hosts_connected=hosts,
        hosts_after=run_in(u1, "u1", "cat", "/etc/hosts"),
        after=read_netns(netns_path(u1)),
        host_after=read_netns(engine.netns),
        endpoints_after=tuple(net2.attrs.get("Containers") or {}),
        running=bool(u1.attrs["State"]["Running"]),
    )


def _refusal(scenario: Containers, role: str, option: Option) -> str:
    """The engine's error for a container it should refuse to start ("": it started it)."""
    try:
        scenario.run(role, option)
    except APIError as exc:
        return str(exc.explanation or exc)
    return ""


def _on_default_bridge(
    engine: Engine, scenario: Containers, name: str
) -> tuple[Exec, Exec, Exec, BridgeFiles]:
    """d1 and r0 on the default bridge, and what the engine refuses there, in the bridge's turn."""
    with bridge_allocation(engine), scenario.scoped() as on_bridge:
        d1, r0 = side_by_side(
            partial(on_bridge.run, "d1", with_extra_host(GATEWAY_NAME, "host-gateway")),
            partial(on_bridge.run, "r0", without_dns, with_command("cat", "/etc/resolv.conf")),
        )
        lookup, resolv, hosts, hostname, disable_ipv6 = side_by_side(
            partial(run_in, d1, "d1", "nslookup", name),
            partial(run_in, d1, "d1", "cat", "/etc/resolv.conf"),
            partial(run_in, d1, "d1", "cat", "/etc/hosts"),
            partial(run_in, d1, "d1", "hostname"),
            partial(run_in, d1, "d1", "cat", "/proc/sys/net/ipv6/conf/eth0/disable_ipv6"),
        )
        own = endpoint(d1)
        files = BridgeFiles(
            id=d1.id,
            address=own.get("IPAddress", ""),
            hosts=hosts,
            hostname=hostname,
            resolv=resolv,
            dns=DNS,
            resolv_no_dns=_output(r0),
            engine_resolv=engine_resolv_conf(engine.facts.docker_host),
            gateway_name=GATEWAY_NAME,
            netns=read_netns(netns_path(d1)) if can_enter_namespaces() else None,
            disable_ipv6=disable_ipv6,
            alias_refused=_refusal(on_bridge, "alias", with_endpoint("bridge", aliases=[ALIAS])),
        )
        return lookup, resolv, hosts, files


def _output(container: Container) -> str:
    """What a container that runs one command printed, once it has exited (bounded)."""
    container.wait(timeout=10)
    return container.logs().decode(errors="replace")


def observe_custom_network(
    engine: Engine, factory: Containers, profile: Profile, *, honoured: bool = True
) -> CustomNetwork:
    """`--subnet S --ip-range R --gateway G -o mtu=M -o enable_icc=false`; w1 `--ip A`, w2 not;
    both then also connected to a plain network. A is inside R (Podman's CNI refuses a fixed
    address outside the range; Docker takes either). `honoured=False` leaves the two options out
    while recording them as asked: a real engine that ignores them, for the negative controls."""
    with reserved_range(read_netns(engine.netns), "n") as net, factory.scoped() as scenario:
        hosts = list(net.hosts())
        requested = {
            "subnet": str(net),
            "ip_range": str(list(net.subnets(prefixlen_diff=1))[1]),
            "gateway": str(hosts[-1]),
            "static_ip": str(hosts[-10]),
            "mtu": profile.icc.mtu,
        }
        pool = IPAMPool(
            subnet=requested["subnet"], iprange=requested["ip_range"], gateway=requested["gateway"]
        )
        custom = scenario.network(
            "opts",
            ipam=IPAMConfig(pool_configs=[pool]),
            options={
                "com.docker.network.driver.mtu": str(requested["mtu"]),
                "com.docker.network.bridge.enable_icc": "false",
            }
            if honoured
            else {},
        )
        plain = scenario.network("plain")
        w1, w2 = side_by_side(
            partial(scenario.run, "w1", with_endpoint(custom.name, ipv4_address=requested["static_ip"])),
            partial(scenario.run, "w2", with_network(custom.name)),
        )
        side_by_side(partial(plain.connect, w1), partial(plain.connect, w2))
        side_by_side(w1.reload, w2.reload, custom.reload)
        w2_custom, w2_plain = endpoint(w2, custom.name), endpoint(w2, plain.name)
        blocked, across_plain, to_gateway = side_by_side(
            partial(ping, w1, "w1", w2_custom.get("IPAddress", ""), "-c", "1", "-W", "1"),
            partial(ping, w1, "w1", w2_plain.get("IPAddress", ""), "-c", "1", "-W", "2"),
            partial(ping, w1, "w1", requested["gateway"], "-c", "1", "-W", "2"),
        )
        with bridge_allocation(engine):  # refused, it allocates nothing; accepted, it would
            bridge = ipaddress.IPv4Network(
                subnet_of(engine.client.api.inspect_network("bridge")) or "0.0.0.0/0"
            )
            fixed = with_endpoint("bridge", ipv4_address=str(bridge.broadcast_address - 2))
            ip_refused = _refusal(scenario, "fixed-ip", fixed)
        observed = CustomNetwork(
            requested=requested,
            ip_refused=ip_refused,
            network=custom.attrs,
            w1=endpoint(w1, custom.name),
            w2=w2_custom,
            host=read_netns(engine.netns),
            w1_netns=read_netns(netns_path(w1)),
            blocked=blocked,
            plain=across_plain,
            to_gateway=to_gateway,
        )
        scenario.ensure_running(w1, w2)
        return observed
