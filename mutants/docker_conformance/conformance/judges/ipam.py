"""S-IPAM-*: the bridge network's address management, as `docker network inspect` shows it."""

from __future__ import annotations

import ipaddress
from typing import Any

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.judges.shared import cidr_in, locally_administered_unicast, seen
from docker_conformance.conformance.model.netns import subnet_of
from docker_conformance.conformance.model.seed import SeedObservation

family(__name__, "IPAM", "The bridge network", "bridge 네트워크")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@claim("S-IPAM-1", observes="seed", part="bridge")
def bridge_ipam(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


@claim("S-IPAM-2", observes="seed", part="eth0")
def bridge_lists_containers(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))
mutants_x__in_prefix__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__in_prefix__mutmut)
def _in_prefix(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip in ipaddress.IPv6Network(prefix, strict=False)
    except ValueError:
        return False


def x__in_prefix__mutmut_orig(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip in ipaddress.IPv6Network(prefix, strict=False)
    except ValueError:
        return False


def x__in_prefix__mutmut_1(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(None).ip in ipaddress.IPv6Network(prefix, strict=False)
    except ValueError:
        return False


def x__in_prefix__mutmut_2(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip not in ipaddress.IPv6Network(prefix, strict=False)
    except ValueError:
        return False


def x__in_prefix__mutmut_3(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip in ipaddress.IPv6Network(None, strict=False)
    except ValueError:
        return False


def x__in_prefix__mutmut_4(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip in ipaddress.IPv6Network(prefix, strict=None)
    except ValueError:
        return False


def x__in_prefix__mutmut_5(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip in ipaddress.IPv6Network(strict=False)
    except ValueError:
        return False


def x__in_prefix__mutmut_6(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip in ipaddress.IPv6Network(prefix, )
    except ValueError:
        return False


def x__in_prefix__mutmut_7(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip in ipaddress.IPv6Network(prefix, strict=True)
    except ValueError:
        return False


def x__in_prefix__mutmut_8(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip in ipaddress.IPv6Network(prefix, strict=False)
    except ValueError:
        return True

mutants_x__in_prefix__mutmut['_mutmut_orig'] = x__in_prefix__mutmut_orig # type: ignore # mutmut generated
mutants_x__in_prefix__mutmut['x__in_prefix__mutmut_1'] = x__in_prefix__mutmut_1 # type: ignore # mutmut generated
mutants_x__in_prefix__mutmut['x__in_prefix__mutmut_2'] = x__in_prefix__mutmut_2 # type: ignore # mutmut generated
mutants_x__in_prefix__mutmut['x__in_prefix__mutmut_3'] = x__in_prefix__mutmut_3 # type: ignore # mutmut generated
mutants_x__in_prefix__mutmut['x__in_prefix__mutmut_4'] = x__in_prefix__mutmut_4 # type: ignore # mutmut generated
mutants_x__in_prefix__mutmut['x__in_prefix__mutmut_5'] = x__in_prefix__mutmut_5 # type: ignore # mutmut generated
mutants_x__in_prefix__mutmut['x__in_prefix__mutmut_6'] = x__in_prefix__mutmut_6 # type: ignore # mutmut generated
mutants_x__in_prefix__mutmut['x__in_prefix__mutmut_7'] = x__in_prefix__mutmut_7 # type: ignore # mutmut generated
mutants_x__in_prefix__mutmut['x__in_prefix__mutmut_8'] = x__in_prefix__mutmut_8 # type: ignore # mutmut generated


@claim("S-IPAM-3", observes="seed", part="eth0")
def joins_bridge_by_default(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )
mutants_x_lowest_free__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_lowest_free__mutmut)
def lowest_free(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_orig(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_1(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = "XXXX"
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_2(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = None
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_3(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(None)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_4(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = None
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_5(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} & {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_6(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(None), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_7(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(None)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_8(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split(None)[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_9(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["XXIPv4AddressXX"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_10(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["ipv4address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_11(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPV4ADDRESS"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_12(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("XX/XX")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_13(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[1]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_14(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") and {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_15(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get(None) or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_16(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("XXContainersXX") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_17(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_18(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("CONTAINERS") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_19(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get(None)
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_20(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("XXIPv4AddressXX")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_21(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("ipv4address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_22(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPV4ADDRESS")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_23(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = None
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_24(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(None, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_25(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=None):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_26(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_27(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, ):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_28(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool and subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_29(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=True):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_30(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(None) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_31(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_32(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(None)
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_33(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(None))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_34(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) != count:
                break
    return free


def x_lowest_free__mutmut_35(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                return
    return free

mutants_x_lowest_free__mutmut['_mutmut_orig'] = x_lowest_free__mutmut_orig # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_1'] = x_lowest_free__mutmut_1 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_2'] = x_lowest_free__mutmut_2 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_3'] = x_lowest_free__mutmut_3 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_4'] = x_lowest_free__mutmut_4 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_5'] = x_lowest_free__mutmut_5 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_6'] = x_lowest_free__mutmut_6 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_7'] = x_lowest_free__mutmut_7 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_8'] = x_lowest_free__mutmut_8 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_9'] = x_lowest_free__mutmut_9 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_10'] = x_lowest_free__mutmut_10 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_11'] = x_lowest_free__mutmut_11 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_12'] = x_lowest_free__mutmut_12 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_13'] = x_lowest_free__mutmut_13 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_14'] = x_lowest_free__mutmut_14 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_15'] = x_lowest_free__mutmut_15 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_16'] = x_lowest_free__mutmut_16 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_17'] = x_lowest_free__mutmut_17 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_18'] = x_lowest_free__mutmut_18 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_19'] = x_lowest_free__mutmut_19 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_20'] = x_lowest_free__mutmut_20 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_21'] = x_lowest_free__mutmut_21 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_22'] = x_lowest_free__mutmut_22 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_23'] = x_lowest_free__mutmut_23 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_24'] = x_lowest_free__mutmut_24 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_25'] = x_lowest_free__mutmut_25 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_26'] = x_lowest_free__mutmut_26 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_27'] = x_lowest_free__mutmut_27 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_28'] = x_lowest_free__mutmut_28 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_29'] = x_lowest_free__mutmut_29 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_30'] = x_lowest_free__mutmut_30 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_31'] = x_lowest_free__mutmut_31 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_32'] = x_lowest_free__mutmut_32 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_33'] = x_lowest_free__mutmut_33 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_34'] = x_lowest_free__mutmut_34 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_35'] = x_lowest_free__mutmut_35 # type: ignore # mutmut generated


@claim("S-IPAM-4", observes="seed", part="eth0")
def addresses_in_order(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)
mutants_x_mac_from_ip__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mac_from_ip__mutmut)
def mac_from_ip(ip: str) -> str:
    return "02:42:" + ":".join(f"{int(octet):02x}" for octet in ip.split("."))


def x_mac_from_ip__mutmut_orig(ip: str) -> str:
    return "02:42:" + ":".join(f"{int(octet):02x}" for octet in ip.split("."))


def x_mac_from_ip__mutmut_1(ip: str) -> str:
    return "02:42:" - ":".join(f"{int(octet):02x}" for octet in ip.split("."))


def x_mac_from_ip__mutmut_2(ip: str) -> str:
    return "XX02:42:XX" + ":".join(f"{int(octet):02x}" for octet in ip.split("."))


def x_mac_from_ip__mutmut_3(ip: str) -> str:
    return "02:42:" + ":".join(None)


def x_mac_from_ip__mutmut_4(ip: str) -> str:
    return "02:42:" + "XX:XX".join(f"{int(octet):02x}" for octet in ip.split("."))


def x_mac_from_ip__mutmut_5(ip: str) -> str:
    return "02:42:" + ":".join(f"{int(None):02x}" for octet in ip.split("."))


def x_mac_from_ip__mutmut_6(ip: str) -> str:
    return "02:42:" + ":".join(f"{int(octet):02x}" for octet in ip.split(None))


def x_mac_from_ip__mutmut_7(ip: str) -> str:
    return "02:42:" + ":".join(f"{int(octet):02x}" for octet in ip.split("XX.XX"))

mutants_x_mac_from_ip__mutmut['_mutmut_orig'] = x_mac_from_ip__mutmut_orig # type: ignore # mutmut generated
mutants_x_mac_from_ip__mutmut['x_mac_from_ip__mutmut_1'] = x_mac_from_ip__mutmut_1 # type: ignore # mutmut generated
mutants_x_mac_from_ip__mutmut['x_mac_from_ip__mutmut_2'] = x_mac_from_ip__mutmut_2 # type: ignore # mutmut generated
mutants_x_mac_from_ip__mutmut['x_mac_from_ip__mutmut_3'] = x_mac_from_ip__mutmut_3 # type: ignore # mutmut generated
mutants_x_mac_from_ip__mutmut['x_mac_from_ip__mutmut_4'] = x_mac_from_ip__mutmut_4 # type: ignore # mutmut generated
mutants_x_mac_from_ip__mutmut['x_mac_from_ip__mutmut_5'] = x_mac_from_ip__mutmut_5 # type: ignore # mutmut generated
mutants_x_mac_from_ip__mutmut['x_mac_from_ip__mutmut_6'] = x_mac_from_ip__mutmut_6 # type: ignore # mutmut generated
mutants_x_mac_from_ip__mutmut['x_mac_from_ip__mutmut_7'] = x_mac_from_ip__mutmut_7 # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mac_fits__mutmut)
def mac_fits(mac: str, ip: str, rule: str) -> bool:
    if rule == "from-ip":
        return mac == mac_from_ip(ip)
    return bool(mac) and locally_administered_unicast(mac)


def x_mac_fits__mutmut_orig(mac: str, ip: str, rule: str) -> bool:
    if rule == "from-ip":
        return mac == mac_from_ip(ip)
    return bool(mac) and locally_administered_unicast(mac)


def x_mac_fits__mutmut_1(mac: str, ip: str, rule: str) -> bool:
    if rule != "from-ip":
        return mac == mac_from_ip(ip)
    return bool(mac) and locally_administered_unicast(mac)


def x_mac_fits__mutmut_2(mac: str, ip: str, rule: str) -> bool:
    if rule == "XXfrom-ipXX":
        return mac == mac_from_ip(ip)
    return bool(mac) and locally_administered_unicast(mac)


def x_mac_fits__mutmut_3(mac: str, ip: str, rule: str) -> bool:
    if rule == "FROM-IP":
        return mac == mac_from_ip(ip)
    return bool(mac) and locally_administered_unicast(mac)


def x_mac_fits__mutmut_4(mac: str, ip: str, rule: str) -> bool:
    if rule == "from-ip":
        return mac != mac_from_ip(ip)
    return bool(mac) and locally_administered_unicast(mac)


def x_mac_fits__mutmut_5(mac: str, ip: str, rule: str) -> bool:
    if rule == "from-ip":
        return mac == mac_from_ip(None)
    return bool(mac) and locally_administered_unicast(mac)


def x_mac_fits__mutmut_6(mac: str, ip: str, rule: str) -> bool:
    if rule == "from-ip":
        return mac == mac_from_ip(ip)
    return bool(mac) or locally_administered_unicast(mac)


def x_mac_fits__mutmut_7(mac: str, ip: str, rule: str) -> bool:
    if rule == "from-ip":
        return mac == mac_from_ip(ip)
    return bool(None) and locally_administered_unicast(mac)


def x_mac_fits__mutmut_8(mac: str, ip: str, rule: str) -> bool:
    if rule == "from-ip":
        return mac == mac_from_ip(ip)
    return bool(mac) and locally_administered_unicast(None)

mutants_x_mac_fits__mutmut['_mutmut_orig'] = x_mac_fits__mutmut_orig # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut['x_mac_fits__mutmut_1'] = x_mac_fits__mutmut_1 # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut['x_mac_fits__mutmut_2'] = x_mac_fits__mutmut_2 # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut['x_mac_fits__mutmut_3'] = x_mac_fits__mutmut_3 # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut['x_mac_fits__mutmut_4'] = x_mac_fits__mutmut_4 # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut['x_mac_fits__mutmut_5'] = x_mac_fits__mutmut_5 # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut['x_mac_fits__mutmut_6'] = x_mac_fits__mutmut_6 # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut['x_mac_fits__mutmut_7'] = x_mac_fits__mutmut_7 # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut['x_mac_fits__mutmut_8'] = x_mac_fits__mutmut_8 # type: ignore # mutmut generated


@claim("S-IPAM-5", observes="seed", part="eth0")
def mac_derived_from_ip(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )
