"""S-BR-*: docker0 itself: its address, link attributes, MAC and carrier."""

from __future__ import annotations

import ipaddress

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.judges.shared import locally_administered_unicast
from docker_conformance.conformance.model.seed import SeedObservation

family(__name__, "BR", "docker0", "docker0")


def docker0_address(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """docker0's IPv4 address.

    Documented: {bridge.gateway}/{bridge.prefixlen}, broadcast {bridge.broadcast}, netmask {bridge.netmask},
        scope {bridge.scope}
    Ko documented: {bridge.gateway}/{bridge.prefixlen}, 브로드캐스트 {bridge.broadcast}, 넷마스크
        {bridge.netmask}, 범위 {bridge.scope}
    By hand: ip addr show docker0; ifconfig docker0
    Title: {bridge.device} is {bridge.gateway}/{bridge.prefixlen}, broadcast {bridge.broadcast}
    Ko: docker0의 IPv4 주소.
    Ko title: {bridge.device}의 주소는 {bridge.gateway}/{bridge.prefixlen}, 브로드캐스트 {bridge.broadcast}
    Seed: inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0
    """
    link = seed.bridge_shot(profile.bridge.device).bridge_link(profile.bridge.device)
    address = link.ipv4 if link else None
    j.exactly(
        "ipv4_addresses", [f"{profile.bridge.gateway}/{profile.bridge.prefixlen}"], link.cidrs if link else ()
    )
    j.expect("address", "bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


claim("S-BR-1", observes="seed", part="bridge")(docker0_address)


def _prefixlen(subnet: str) -> int:
    return ipaddress.IPv4Network(subnet).prefixlen


def _netmask(subnet: str) -> str:
    return str(ipaddress.IPv4Network(subnet).netmask)


def docker0_link(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """docker0's link attributes.

    Documented: MTU {bridge.mtu}, flags include {bridge.flags}, qdisc {bridge.qdisc}, link type
        {bridge.link_type}
    Ko documented: MTU {bridge.mtu}, 플래그에 {bridge.flags} 포함, qdisc {bridge.qdisc}, 링크 종류
        {bridge.link_type}
    By hand: ip link show docker0
    Title: {bridge.device} is {bridge.flags}, MTU {bridge.mtu}, qdisc {bridge.qdisc}
    Ko: docker0의 링크 속성.
    Ko title: {bridge.device}는 {bridge.flags}, MTU {bridge.mtu}, qdisc {bridge.qdisc}
    Seed: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN
    """
    link = seed.bridge_shot(profile.bridge.device).bridge_link(profile.bridge.device)
    j.expect("mtu", "bridge.mtu", link.mtu if link else None)
    j.includes("flags_include", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


claim("S-BR-2", observes="seed", part="bridge")(docker0_link)


def docker0_mac(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """docker0's hardware address is a locally administered unicast MAC.

    Documented: MAC rule {bridge.mac} (02:42: on the engines the seed shows)
    Ko documented: MAC 규칙 {bridge.mac} (블로그(seed)가 보여 주는 엔진에서는 02:42:)
    By hand: ip link show docker0
    Title: {bridge.device}'s MAC is locally administered (rule: {bridge.mac})
    Ko: docker0의 하드웨어 주소는 로컬 관리 유니캐스트 MAC이다.
    Ko title: {bridge.device}의 MAC은 로컬 관리 주소다 (규칙: {bridge.mac})
    Seed: link/ether 02:42:90:f4:b3:c5 brd ff:ff:ff:ff:ff:ff
    """
    link = seed.bridge_shot(profile.bridge.device).bridge_link(profile.bridge.device)
    mac = link.mac if link else ""
    j.fact("locally_administered_unicast", True, bool(mac) and locally_administered_unicast(mac))
    j.expect(
        "mac_prefix",
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


claim("S-BR-3", observes="seed", part="bridge")(docker0_mac)


def docker0_carrier(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """docker0's carrier follows its ports.

    Documented: no attached container: NO-CARRIER, state DOWN; at least one: LOWER_UP, state UP
    Ko documented: 붙은 컨테이너가 없으면 NO-CARRIER, 상태 DOWN; 하나 이상이면 LOWER_UP, 상태 UP
    By hand: ip link show docker0  # before and after docker run
    Title: {bridge.device} has no carrier when empty and carrier with a container
    Ko: docker0의 캐리어는 포트를 따른다.
    Ko title: {bridge.device}는 비어 있으면 캐리어가 없고, 컨테이너가 있으면 캐리어가 있다
    Seed: 3: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> ... state DOWN / 3: docker0:
        <BROADCAST,MULTICAST,UP,LOWER_UP> ... state UP
    """
    before, during = (shot.bridge_link(profile.bridge.device) for shot in (seed.before, seed.during))
    if not seed.before.steady and seed.activity:
        j.cannot_judge("empty_half_was_not_observable", activity=seed.activity, attempts=seed.attempts)
    elif before and not seed.before.host.ports(before) and not seed.before.listed():
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


claim("S-BR-4", observes="seed", part="bridge")(docker0_carrier)
