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


claim("S-IPAM-1", observes="seed", part="bridge")(bridge_ipam)


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


claim("S-IPAM-2", observes="seed", part="eth0")(bridge_lists_containers)


def _in_prefix(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip in ipaddress.IPv6Network(prefix, strict=False)
    except ValueError:
        return False


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


claim("S-IPAM-3", observes="seed", part="eth0")(joins_bridge_by_default)


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


claim("S-IPAM-4", observes="seed", part="eth0")(addresses_in_order)


def mac_from_ip(ip: str) -> str:
    return "02:42:" + ":".join(f"{int(octet):02x}" for octet in ip.split("."))


def mac_fits(mac: str, ip: str, rule: str) -> bool:
    if rule == "from-ip":
        return mac == mac_from_ip(ip)
    return bool(mac) and locally_administered_unicast(mac)


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


claim("S-IPAM-5", observes="seed", part="eth0")(mac_derived_from_ip)
