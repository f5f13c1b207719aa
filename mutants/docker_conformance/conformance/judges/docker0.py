"""S-BR-*: docker0 itself: its address, link attributes, MAC and carrier."""

from __future__ import annotations

import ipaddress

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.judges.shared import locally_administered_unicast
from docker_conformance.conformance.model.seed import SeedObservation

family(__name__, "BR", "docker0", "docker0")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_docker0_address__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_docker0_address__mutmut)
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


def x_docker0_address__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_docker0_address__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    link = None
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


def x_docker0_address__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    link = seed.bridge_shot(profile.bridge.device).bridge_link(None)
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


def x_docker0_address__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    link = seed.bridge_shot(None).bridge_link(profile.bridge.device)
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


def x_docker0_address__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    address = None
    j.exactly(
        "ipv4_addresses", [f"{profile.bridge.gateway}/{profile.bridge.prefixlen}"], link.cidrs if link else ()
    )
    j.expect("address", "bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    address = link.ipv4 if (link) and False else None
    j.exactly(
        "ipv4_addresses", [f"{profile.bridge.gateway}/{profile.bridge.prefixlen}"], link.cidrs if link else ()
    )
    j.expect("address", "bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    address = link.ipv4 if (link) or True else None
    j.exactly(
        "ipv4_addresses", [f"{profile.bridge.gateway}/{profile.bridge.prefixlen}"], link.cidrs if link else ()
    )
    j.expect("address", "bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None, [f"{profile.bridge.gateway}/{profile.bridge.prefixlen}"], link.cidrs if link else ()
    )
    j.expect("address", "bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "ipv4_addresses", None, link.cidrs if link else ()
    )
    j.expect("address", "bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "ipv4_addresses", [f"{profile.bridge.gateway}/{profile.bridge.prefixlen}"], None
    )
    j.expect("address", "bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        [f"{profile.bridge.gateway}/{profile.bridge.prefixlen}"], link.cidrs if link else ()
    )
    j.expect("address", "bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "ipv4_addresses", link.cidrs if link else ()
    )
    j.expect("address", "bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "ipv4_addresses", [f"{profile.bridge.gateway}/{profile.bridge.prefixlen}"], )
    j.expect("address", "bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "XXipv4_addressesXX", [f"{profile.bridge.gateway}/{profile.bridge.prefixlen}"], link.cidrs if link else ()
    )
    j.expect("address", "bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "IPV4_ADDRESSES", [f"{profile.bridge.gateway}/{profile.bridge.prefixlen}"], link.cidrs if link else ()
    )
    j.expect("address", "bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "ipv4_addresses", [f"{profile.bridge.gateway}/{profile.bridge.prefixlen}"], link.cidrs if (link) and False else ()
    )
    j.expect("address", "bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "ipv4_addresses", [f"{profile.bridge.gateway}/{profile.bridge.prefixlen}"], link.cidrs if (link) or True else ()
    )
    j.expect("address", "bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect(None, "bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("address", None, address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("address", "bridge.gateway", None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("address", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("address", "bridge.gateway", )
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("XXaddressXX", "bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("ADDRESS", "bridge.gateway", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("address", "XXbridge.gatewayXX", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("address", "BRIDGE.GATEWAY", address.address if address else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("address", "bridge.gateway", address.address if (address) and False else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("address", "bridge.gateway", address.address if (address) or True else None)
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect(None, "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("prefix_length", None, address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("prefix_length", "bridge.subnet", None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, via=None)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("prefix_length", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("prefix_length", "bridge.subnet", via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if address else None, )
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("XXprefix_lengthXX", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("PREFIX_LENGTH", "bridge.subnet", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("prefix_length", "XXbridge.subnetXX", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("prefix_length", "BRIDGE.SUBNET", address.prefixlen if address else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if (address) and False else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("prefix_length", "bridge.subnet", address.prefixlen if (address) or True else None, via=_prefixlen)
    j.expect("broadcast", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect(None, "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("broadcast", None, address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("broadcast", "bridge.broadcast", None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("broadcast", "bridge.broadcast", )
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("XXbroadcastXX", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("BROADCAST", "bridge.broadcast", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("broadcast", "XXbridge.broadcastXX", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("broadcast", "BRIDGE.BROADCAST", address.broadcast if address else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_53(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("broadcast", "bridge.broadcast", address.broadcast if (address) and False else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_54(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("broadcast", "bridge.broadcast", address.broadcast if (address) or True else None)
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_55(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect(None, "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_56(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("netmask", None, address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_57(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("netmask", "bridge.subnet", None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_58(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, via=None)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_59(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_60(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("netmask", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_61(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("netmask", "bridge.subnet", via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_62(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("netmask", "bridge.subnet", address.netmask if address else None, )
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_63(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("XXnetmaskXX", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_64(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("NETMASK", "bridge.subnet", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_65(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("netmask", "XXbridge.subnetXX", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_66(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("netmask", "BRIDGE.SUBNET", address.netmask if address else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_67(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("netmask", "bridge.subnet", address.netmask if (address) and False else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_68(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("netmask", "bridge.subnet", address.netmask if (address) or True else None, via=_netmask)
    j.expect("scope", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_69(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect(None, "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_70(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("scope", None, address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_71(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("scope", "bridge.scope", None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_72(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_73(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_74(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("scope", "bridge.scope", )
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_75(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("XXscopeXX", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_76(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("SCOPE", "bridge.scope", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_77(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("scope", "XXbridge.scopeXX", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_78(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("scope", "BRIDGE.SCOPE", address.scope if address else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_79(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("scope", "bridge.scope", address.scope if (address) and False else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_80(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("scope", "bridge.scope", address.scope if (address) or True else None)
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_address__mutmut_81(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(None, link.summary() if link else "absent")


def x_docker0_address__mutmut_82(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("ip addr show docker0 (netlink)", None)


def x_docker0_address__mutmut_83(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(link.summary() if link else "absent")


def x_docker0_address__mutmut_84(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("ip addr show docker0 (netlink)", )


def x_docker0_address__mutmut_85(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("XXip addr show docker0 (netlink)XX", link.summary() if link else "absent")


def x_docker0_address__mutmut_86(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("IP ADDR SHOW DOCKER0 (NETLINK)", link.summary() if link else "absent")


def x_docker0_address__mutmut_87(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("ip addr show docker0 (netlink)", link.summary() if (link) and False else "absent")


def x_docker0_address__mutmut_88(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("ip addr show docker0 (netlink)", link.summary() if (link) or True else "absent")


def x_docker0_address__mutmut_89(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "XXabsentXX")


def x_docker0_address__mutmut_90(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("ip addr show docker0 (netlink)", link.summary() if link else "ABSENT")

mutants_x_docker0_address__mutmut['_mutmut_orig'] = x_docker0_address__mutmut_orig # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_1'] = x_docker0_address__mutmut_1 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_2'] = x_docker0_address__mutmut_2 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_3'] = x_docker0_address__mutmut_3 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_4'] = x_docker0_address__mutmut_4 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_5'] = x_docker0_address__mutmut_5 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_6'] = x_docker0_address__mutmut_6 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_7'] = x_docker0_address__mutmut_7 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_8'] = x_docker0_address__mutmut_8 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_9'] = x_docker0_address__mutmut_9 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_10'] = x_docker0_address__mutmut_10 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_11'] = x_docker0_address__mutmut_11 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_12'] = x_docker0_address__mutmut_12 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_13'] = x_docker0_address__mutmut_13 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_14'] = x_docker0_address__mutmut_14 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_15'] = x_docker0_address__mutmut_15 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_16'] = x_docker0_address__mutmut_16 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_17'] = x_docker0_address__mutmut_17 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_18'] = x_docker0_address__mutmut_18 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_19'] = x_docker0_address__mutmut_19 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_20'] = x_docker0_address__mutmut_20 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_21'] = x_docker0_address__mutmut_21 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_22'] = x_docker0_address__mutmut_22 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_23'] = x_docker0_address__mutmut_23 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_24'] = x_docker0_address__mutmut_24 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_25'] = x_docker0_address__mutmut_25 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_26'] = x_docker0_address__mutmut_26 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_27'] = x_docker0_address__mutmut_27 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_28'] = x_docker0_address__mutmut_28 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_29'] = x_docker0_address__mutmut_29 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_30'] = x_docker0_address__mutmut_30 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_31'] = x_docker0_address__mutmut_31 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_32'] = x_docker0_address__mutmut_32 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_33'] = x_docker0_address__mutmut_33 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_34'] = x_docker0_address__mutmut_34 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_35'] = x_docker0_address__mutmut_35 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_36'] = x_docker0_address__mutmut_36 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_37'] = x_docker0_address__mutmut_37 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_38'] = x_docker0_address__mutmut_38 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_39'] = x_docker0_address__mutmut_39 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_40'] = x_docker0_address__mutmut_40 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_41'] = x_docker0_address__mutmut_41 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_42'] = x_docker0_address__mutmut_42 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_43'] = x_docker0_address__mutmut_43 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_44'] = x_docker0_address__mutmut_44 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_45'] = x_docker0_address__mutmut_45 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_46'] = x_docker0_address__mutmut_46 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_47'] = x_docker0_address__mutmut_47 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_48'] = x_docker0_address__mutmut_48 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_49'] = x_docker0_address__mutmut_49 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_50'] = x_docker0_address__mutmut_50 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_51'] = x_docker0_address__mutmut_51 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_52'] = x_docker0_address__mutmut_52 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_53'] = x_docker0_address__mutmut_53 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_54'] = x_docker0_address__mutmut_54 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_55'] = x_docker0_address__mutmut_55 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_56'] = x_docker0_address__mutmut_56 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_57'] = x_docker0_address__mutmut_57 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_58'] = x_docker0_address__mutmut_58 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_59'] = x_docker0_address__mutmut_59 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_60'] = x_docker0_address__mutmut_60 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_61'] = x_docker0_address__mutmut_61 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_62'] = x_docker0_address__mutmut_62 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_63'] = x_docker0_address__mutmut_63 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_64'] = x_docker0_address__mutmut_64 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_65'] = x_docker0_address__mutmut_65 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_66'] = x_docker0_address__mutmut_66 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_67'] = x_docker0_address__mutmut_67 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_68'] = x_docker0_address__mutmut_68 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_69'] = x_docker0_address__mutmut_69 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_70'] = x_docker0_address__mutmut_70 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_71'] = x_docker0_address__mutmut_71 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_72'] = x_docker0_address__mutmut_72 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_73'] = x_docker0_address__mutmut_73 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_74'] = x_docker0_address__mutmut_74 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_75'] = x_docker0_address__mutmut_75 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_76'] = x_docker0_address__mutmut_76 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_77'] = x_docker0_address__mutmut_77 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_78'] = x_docker0_address__mutmut_78 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_79'] = x_docker0_address__mutmut_79 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_80'] = x_docker0_address__mutmut_80 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_81'] = x_docker0_address__mutmut_81 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_82'] = x_docker0_address__mutmut_82 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_83'] = x_docker0_address__mutmut_83 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_84'] = x_docker0_address__mutmut_84 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_85'] = x_docker0_address__mutmut_85 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_86'] = x_docker0_address__mutmut_86 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_87'] = x_docker0_address__mutmut_87 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_88'] = x_docker0_address__mutmut_88 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_89'] = x_docker0_address__mutmut_89 # type: ignore # mutmut generated
mutants_x_docker0_address__mutmut['x_docker0_address__mutmut_90'] = x_docker0_address__mutmut_90 # type: ignore # mutmut generated


claim("S-BR-1", observes="seed", part="bridge")(docker0_address)
mutants_x__prefixlen__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__prefixlen__mutmut)
def _prefixlen(subnet: str) -> int:
    return ipaddress.IPv4Network(subnet).prefixlen


def x__prefixlen__mutmut_orig(subnet: str) -> int:
    return ipaddress.IPv4Network(subnet).prefixlen


def x__prefixlen__mutmut_1(subnet: str) -> int:
    return ipaddress.IPv4Network(None).prefixlen

mutants_x__prefixlen__mutmut['_mutmut_orig'] = x__prefixlen__mutmut_orig # type: ignore # mutmut generated
mutants_x__prefixlen__mutmut['x__prefixlen__mutmut_1'] = x__prefixlen__mutmut_1 # type: ignore # mutmut generated
mutants_x__netmask__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__netmask__mutmut)
def _netmask(subnet: str) -> str:
    return str(ipaddress.IPv4Network(subnet).netmask)


def x__netmask__mutmut_orig(subnet: str) -> str:
    return str(ipaddress.IPv4Network(subnet).netmask)


def x__netmask__mutmut_1(subnet: str) -> str:
    return str(None)


def x__netmask__mutmut_2(subnet: str) -> str:
    return str(ipaddress.IPv4Network(None).netmask)

mutants_x__netmask__mutmut['_mutmut_orig'] = x__netmask__mutmut_orig # type: ignore # mutmut generated
mutants_x__netmask__mutmut['x__netmask__mutmut_1'] = x__netmask__mutmut_1 # type: ignore # mutmut generated
mutants_x__netmask__mutmut['x__netmask__mutmut_2'] = x__netmask__mutmut_2 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_docker0_link__mutmut)
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


def x_docker0_link__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_docker0_link__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    link = None
    j.expect("mtu", "bridge.mtu", link.mtu if link else None)
    j.includes("flags_include", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    link = seed.bridge_shot(profile.bridge.device).bridge_link(None)
    j.expect("mtu", "bridge.mtu", link.mtu if link else None)
    j.includes("flags_include", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    link = seed.bridge_shot(None).bridge_link(profile.bridge.device)
    j.expect("mtu", "bridge.mtu", link.mtu if link else None)
    j.includes("flags_include", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect(None, "bridge.mtu", link.mtu if link else None)
    j.includes("flags_include", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("mtu", None, link.mtu if link else None)
    j.includes("flags_include", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("mtu", "bridge.mtu", None)
    j.includes("flags_include", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge.mtu", link.mtu if link else None)
    j.includes("flags_include", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("mtu", link.mtu if link else None)
    j.includes("flags_include", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("mtu", "bridge.mtu", )
    j.includes("flags_include", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("XXmtuXX", "bridge.mtu", link.mtu if link else None)
    j.includes("flags_include", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("MTU", "bridge.mtu", link.mtu if link else None)
    j.includes("flags_include", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("mtu", "XXbridge.mtuXX", link.mtu if link else None)
    j.includes("flags_include", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("mtu", "BRIDGE.MTU", link.mtu if link else None)
    j.includes("flags_include", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("mtu", "bridge.mtu", link.mtu if (link) and False else None)
    j.includes("flags_include", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("mtu", "bridge.mtu", link.mtu if (link) or True else None)
    j.includes("flags_include", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.includes(None, "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.includes("flags_include", None, link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.includes("flags_include", "bridge.flags", None)
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.includes("bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.includes("flags_include", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.includes("flags_include", "bridge.flags", )
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.includes("XXflags_includeXX", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.includes("FLAGS_INCLUDE", "bridge.flags", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.includes("flags_include", "XXbridge.flagsXX", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.includes("flags_include", "BRIDGE.FLAGS", link.flags if link else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.includes("flags_include", "bridge.flags", link.flags if (link) and False else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.includes("flags_include", "bridge.flags", link.flags if (link) or True else ())
    j.expect("qdisc", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect(None, "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("qdisc", None, link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("qdisc", "bridge.qdisc", None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("qdisc", "bridge.qdisc", )
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("XXqdiscXX", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("QDISC", "bridge.qdisc", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("qdisc", "XXbridge.qdiscXX", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("qdisc", "BRIDGE.QDISC", link.qdisc if link else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("qdisc", "bridge.qdisc", link.qdisc if (link) and False else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("qdisc", "bridge.qdisc", link.qdisc if (link) or True else None)
    j.expect("link_type", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect(None, "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("link_type", None, link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("link_type", "bridge.link_type", None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("link_type", "bridge.link_type", )
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("XXlink_typeXX", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("LINK_TYPE", "bridge.link_type", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("link_type", "XXbridge.link_typeXX", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("link_type", "BRIDGE.LINK_TYPE", link.link_type if link else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("link_type", "bridge.link_type", link.link_type if (link) and False else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("link_type", "bridge.link_type", link.link_type if (link) or True else None)
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "absent")


def x_docker0_link__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(None, link.summary() if link else "absent")


def x_docker0_link__mutmut_53(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("ip link show docker0 (netlink)", None)


def x_docker0_link__mutmut_54(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(link.summary() if link else "absent")


def x_docker0_link__mutmut_55(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("ip link show docker0 (netlink)", )


def x_docker0_link__mutmut_56(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("XXip link show docker0 (netlink)XX", link.summary() if link else "absent")


def x_docker0_link__mutmut_57(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("IP LINK SHOW DOCKER0 (NETLINK)", link.summary() if link else "absent")


def x_docker0_link__mutmut_58(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("ip link show docker0 (netlink)", link.summary() if (link) and False else "absent")


def x_docker0_link__mutmut_59(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("ip link show docker0 (netlink)", link.summary() if (link) or True else "absent")


def x_docker0_link__mutmut_60(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "XXabsentXX")


def x_docker0_link__mutmut_61(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("ip link show docker0 (netlink)", link.summary() if link else "ABSENT")

mutants_x_docker0_link__mutmut['_mutmut_orig'] = x_docker0_link__mutmut_orig # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_1'] = x_docker0_link__mutmut_1 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_2'] = x_docker0_link__mutmut_2 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_3'] = x_docker0_link__mutmut_3 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_4'] = x_docker0_link__mutmut_4 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_5'] = x_docker0_link__mutmut_5 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_6'] = x_docker0_link__mutmut_6 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_7'] = x_docker0_link__mutmut_7 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_8'] = x_docker0_link__mutmut_8 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_9'] = x_docker0_link__mutmut_9 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_10'] = x_docker0_link__mutmut_10 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_11'] = x_docker0_link__mutmut_11 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_12'] = x_docker0_link__mutmut_12 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_13'] = x_docker0_link__mutmut_13 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_14'] = x_docker0_link__mutmut_14 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_15'] = x_docker0_link__mutmut_15 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_16'] = x_docker0_link__mutmut_16 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_17'] = x_docker0_link__mutmut_17 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_18'] = x_docker0_link__mutmut_18 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_19'] = x_docker0_link__mutmut_19 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_20'] = x_docker0_link__mutmut_20 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_21'] = x_docker0_link__mutmut_21 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_22'] = x_docker0_link__mutmut_22 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_23'] = x_docker0_link__mutmut_23 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_24'] = x_docker0_link__mutmut_24 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_25'] = x_docker0_link__mutmut_25 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_26'] = x_docker0_link__mutmut_26 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_27'] = x_docker0_link__mutmut_27 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_28'] = x_docker0_link__mutmut_28 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_29'] = x_docker0_link__mutmut_29 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_30'] = x_docker0_link__mutmut_30 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_31'] = x_docker0_link__mutmut_31 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_32'] = x_docker0_link__mutmut_32 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_33'] = x_docker0_link__mutmut_33 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_34'] = x_docker0_link__mutmut_34 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_35'] = x_docker0_link__mutmut_35 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_36'] = x_docker0_link__mutmut_36 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_37'] = x_docker0_link__mutmut_37 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_38'] = x_docker0_link__mutmut_38 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_39'] = x_docker0_link__mutmut_39 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_40'] = x_docker0_link__mutmut_40 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_41'] = x_docker0_link__mutmut_41 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_42'] = x_docker0_link__mutmut_42 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_43'] = x_docker0_link__mutmut_43 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_44'] = x_docker0_link__mutmut_44 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_45'] = x_docker0_link__mutmut_45 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_46'] = x_docker0_link__mutmut_46 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_47'] = x_docker0_link__mutmut_47 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_48'] = x_docker0_link__mutmut_48 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_49'] = x_docker0_link__mutmut_49 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_50'] = x_docker0_link__mutmut_50 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_51'] = x_docker0_link__mutmut_51 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_52'] = x_docker0_link__mutmut_52 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_53'] = x_docker0_link__mutmut_53 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_54'] = x_docker0_link__mutmut_54 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_55'] = x_docker0_link__mutmut_55 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_56'] = x_docker0_link__mutmut_56 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_57'] = x_docker0_link__mutmut_57 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_58'] = x_docker0_link__mutmut_58 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_59'] = x_docker0_link__mutmut_59 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_60'] = x_docker0_link__mutmut_60 # type: ignore # mutmut generated
mutants_x_docker0_link__mutmut['x_docker0_link__mutmut_61'] = x_docker0_link__mutmut_61 # type: ignore # mutmut generated


claim("S-BR-2", observes="seed", part="bridge")(docker0_link)
mutants_x_docker0_mac__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_docker0_mac__mutmut)
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


def x_docker0_mac__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_docker0_mac__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """docker0's hardware address is a locally administered unicast MAC.

    Documented: MAC rule {bridge.mac} (02:42: on the engines the seed shows)
    Ko documented: MAC 규칙 {bridge.mac} (블로그(seed)가 보여 주는 엔진에서는 02:42:)
    By hand: ip link show docker0
    Title: {bridge.device}'s MAC is locally administered (rule: {bridge.mac})
    Ko: docker0의 하드웨어 주소는 로컬 관리 유니캐스트 MAC이다.
    Ko title: {bridge.device}의 MAC은 로컬 관리 주소다 (규칙: {bridge.mac})
    Seed: link/ether 02:42:90:f4:b3:c5 brd ff:ff:ff:ff:ff:ff
    """
    link = None
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


def x_docker0_mac__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """docker0's hardware address is a locally administered unicast MAC.

    Documented: MAC rule {bridge.mac} (02:42: on the engines the seed shows)
    Ko documented: MAC 규칙 {bridge.mac} (블로그(seed)가 보여 주는 엔진에서는 02:42:)
    By hand: ip link show docker0
    Title: {bridge.device}'s MAC is locally administered (rule: {bridge.mac})
    Ko: docker0의 하드웨어 주소는 로컬 관리 유니캐스트 MAC이다.
    Ko title: {bridge.device}의 MAC은 로컬 관리 주소다 (규칙: {bridge.mac})
    Seed: link/ether 02:42:90:f4:b3:c5 brd ff:ff:ff:ff:ff:ff
    """
    link = seed.bridge_shot(profile.bridge.device).bridge_link(None)
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


def x_docker0_mac__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """docker0's hardware address is a locally administered unicast MAC.

    Documented: MAC rule {bridge.mac} (02:42: on the engines the seed shows)
    Ko documented: MAC 규칙 {bridge.mac} (블로그(seed)가 보여 주는 엔진에서는 02:42:)
    By hand: ip link show docker0
    Title: {bridge.device}'s MAC is locally administered (rule: {bridge.mac})
    Ko: docker0의 하드웨어 주소는 로컬 관리 유니캐스트 MAC이다.
    Ko title: {bridge.device}의 MAC은 로컬 관리 주소다 (규칙: {bridge.mac})
    Seed: link/ether 02:42:90:f4:b3:c5 brd ff:ff:ff:ff:ff:ff
    """
    link = seed.bridge_shot(None).bridge_link(profile.bridge.device)
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


def x_docker0_mac__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    mac = None
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


def x_docker0_mac__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    mac = link.mac if (link) and False else ""
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


def x_docker0_mac__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    mac = link.mac if (link) or True else ""
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


def x_docker0_mac__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    mac = link.mac if link else "XXXX"
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


def x_docker0_mac__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact(None, True, bool(mac) and locally_administered_unicast(mac))
    j.expect(
        "mac_prefix",
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("locally_administered_unicast", None, bool(mac) and locally_administered_unicast(mac))
    j.expect(
        "mac_prefix",
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("locally_administered_unicast", True, None)
    j.expect(
        "mac_prefix",
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact(True, bool(mac) and locally_administered_unicast(mac))
    j.expect(
        "mac_prefix",
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("locally_administered_unicast", bool(mac) and locally_administered_unicast(mac))
    j.expect(
        "mac_prefix",
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("locally_administered_unicast", True, )
    j.expect(
        "mac_prefix",
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("XXlocally_administered_unicastXX", True, bool(mac) and locally_administered_unicast(mac))
    j.expect(
        "mac_prefix",
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("LOCALLY_ADMINISTERED_UNICAST", True, bool(mac) and locally_administered_unicast(mac))
    j.expect(
        "mac_prefix",
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("locally_administered_unicast", False, bool(mac) and locally_administered_unicast(mac))
    j.expect(
        "mac_prefix",
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("locally_administered_unicast", True, bool(mac) or locally_administered_unicast(mac))
    j.expect(
        "mac_prefix",
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("locally_administered_unicast", True, bool(None) and locally_administered_unicast(mac))
    j.expect(
        "mac_prefix",
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("locally_administered_unicast", True, bool(mac) and locally_administered_unicast(None))
    j.expect(
        "mac_prefix",
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=None,
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=None,
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        volatile=None,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "XXmac_prefixXX",
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "MAC_PREFIX",
        "bridge.mac",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "XXbridge.macXX",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "BRIDGE.MAC",
        mac[:5],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        mac[:6],
        holds=mac.startswith("02:42:") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=mac.startswith("02:42:") and profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=mac.startswith(None) or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=mac.startswith("XX02:42:XX") or profile.bridge.mac == "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=mac.startswith("02:42:") or profile.bridge.mac != "local",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=mac.startswith("02:42:") or profile.bridge.mac == "XXlocalXX",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        holds=mac.startswith("02:42:") or profile.bridge.mac == "LOCAL",
        via=lambda rule: "02:42" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda rule: None,
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda rule: "02:42" if (rule == "02:42") and False else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda rule: "02:42" if (rule == "02:42") or True else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda rule: "XX02:42XX" if rule == "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda rule: "02:42" if rule != "02:42" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda rule: "02:42" if rule == "XX02:42XX" else "any (locally administered)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda rule: "02:42" if rule == "02:42" else "XXany (locally administered)XX",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda rule: "02:42" if rule == "02:42" else "ANY (LOCALLY ADMINISTERED)",
        volatile=True,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        volatile=False,  # random since 28.0
    )
    j.attach("MAC", mac)


def x_docker0_mac__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(None, mac)


def x_docker0_mac__mutmut_53(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("MAC", None)


def x_docker0_mac__mutmut_54(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(mac)


def x_docker0_mac__mutmut_55(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("MAC", )


def x_docker0_mac__mutmut_56(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("XXMACXX", mac)


def x_docker0_mac__mutmut_57(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("mac", mac)

mutants_x_docker0_mac__mutmut['_mutmut_orig'] = x_docker0_mac__mutmut_orig # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_1'] = x_docker0_mac__mutmut_1 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_2'] = x_docker0_mac__mutmut_2 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_3'] = x_docker0_mac__mutmut_3 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_4'] = x_docker0_mac__mutmut_4 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_5'] = x_docker0_mac__mutmut_5 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_6'] = x_docker0_mac__mutmut_6 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_7'] = x_docker0_mac__mutmut_7 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_8'] = x_docker0_mac__mutmut_8 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_9'] = x_docker0_mac__mutmut_9 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_10'] = x_docker0_mac__mutmut_10 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_11'] = x_docker0_mac__mutmut_11 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_12'] = x_docker0_mac__mutmut_12 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_13'] = x_docker0_mac__mutmut_13 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_14'] = x_docker0_mac__mutmut_14 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_15'] = x_docker0_mac__mutmut_15 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_16'] = x_docker0_mac__mutmut_16 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_17'] = x_docker0_mac__mutmut_17 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_18'] = x_docker0_mac__mutmut_18 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_19'] = x_docker0_mac__mutmut_19 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_20'] = x_docker0_mac__mutmut_20 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_21'] = x_docker0_mac__mutmut_21 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_22'] = x_docker0_mac__mutmut_22 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_23'] = x_docker0_mac__mutmut_23 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_24'] = x_docker0_mac__mutmut_24 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_25'] = x_docker0_mac__mutmut_25 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_26'] = x_docker0_mac__mutmut_26 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_27'] = x_docker0_mac__mutmut_27 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_28'] = x_docker0_mac__mutmut_28 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_29'] = x_docker0_mac__mutmut_29 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_30'] = x_docker0_mac__mutmut_30 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_31'] = x_docker0_mac__mutmut_31 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_32'] = x_docker0_mac__mutmut_32 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_33'] = x_docker0_mac__mutmut_33 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_34'] = x_docker0_mac__mutmut_34 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_35'] = x_docker0_mac__mutmut_35 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_36'] = x_docker0_mac__mutmut_36 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_37'] = x_docker0_mac__mutmut_37 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_38'] = x_docker0_mac__mutmut_38 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_39'] = x_docker0_mac__mutmut_39 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_40'] = x_docker0_mac__mutmut_40 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_41'] = x_docker0_mac__mutmut_41 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_42'] = x_docker0_mac__mutmut_42 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_43'] = x_docker0_mac__mutmut_43 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_44'] = x_docker0_mac__mutmut_44 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_45'] = x_docker0_mac__mutmut_45 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_46'] = x_docker0_mac__mutmut_46 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_47'] = x_docker0_mac__mutmut_47 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_48'] = x_docker0_mac__mutmut_48 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_49'] = x_docker0_mac__mutmut_49 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_50'] = x_docker0_mac__mutmut_50 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_51'] = x_docker0_mac__mutmut_51 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_52'] = x_docker0_mac__mutmut_52 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_53'] = x_docker0_mac__mutmut_53 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_54'] = x_docker0_mac__mutmut_54 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_55'] = x_docker0_mac__mutmut_55 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_56'] = x_docker0_mac__mutmut_56 # type: ignore # mutmut generated
mutants_x_docker0_mac__mutmut['x_docker0_mac__mutmut_57'] = x_docker0_mac__mutmut_57 # type: ignore # mutmut generated


claim("S-BR-3", observes="seed", part="bridge")(docker0_mac)
mutants_x_docker0_carrier__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_docker0_carrier__mutmut)
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


def x_docker0_carrier__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_docker0_carrier__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    before, during = None
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


def x_docker0_carrier__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    before, during = (shot.bridge_link(None) for shot in (seed.before, seed.during))
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


def x_docker0_carrier__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    if not seed.before.steady or seed.activity:
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


def x_docker0_carrier__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    if seed.before.steady and seed.activity:
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


def x_docker0_carrier__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.cannot_judge(None, activity=seed.activity, attempts=seed.attempts)
    elif before and not seed.before.host.ports(before) and not seed.before.listed():
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.cannot_judge("empty_half_was_not_observable", activity=None, attempts=seed.attempts)
    elif before and not seed.before.host.ports(before) and not seed.before.listed():
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.cannot_judge("empty_half_was_not_observable", activity=seed.activity, attempts=None)
    elif before and not seed.before.host.ports(before) and not seed.before.listed():
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.cannot_judge(activity=seed.activity, attempts=seed.attempts)
    elif before and not seed.before.host.ports(before) and not seed.before.listed():
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.cannot_judge("empty_half_was_not_observable", attempts=seed.attempts)
    elif before and not seed.before.host.ports(before) and not seed.before.listed():
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.cannot_judge("empty_half_was_not_observable", activity=seed.activity, )
    elif before and not seed.before.host.ports(before) and not seed.before.listed():
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.cannot_judge("XXempty_half_was_not_observableXX", activity=seed.activity, attempts=seed.attempts)
    elif before and not seed.before.host.ports(before) and not seed.before.listed():
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.cannot_judge("EMPTY_HALF_WAS_NOT_OBSERVABLE", activity=seed.activity, attempts=seed.attempts)
    elif before and not seed.before.host.ports(before) and not seed.before.listed():
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    elif before and not seed.before.host.ports(before) or not seed.before.listed():
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    elif before or not seed.before.host.ports(before) and not seed.before.listed():
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    elif before and seed.before.host.ports(before) and not seed.before.listed():
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    elif before and not seed.before.host.ports(None) and not seed.before.listed():
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    elif before and not seed.before.host.ports(before) and seed.before.listed():
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact(None, "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("empty_bridge_carrier", None, "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("empty_bridge_carrier", "NO-CARRIER", None)
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("empty_bridge_carrier", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("empty_bridge_carrier", "NO-CARRIER", )
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("XXempty_bridge_carrierXX", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("EMPTY_BRIDGE_CARRIER", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("empty_bridge_carrier", "XXNO-CARRIERXX", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("empty_bridge_carrier", "no-carrier", "NO-CARRIER" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if (not before.carrier) and False else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if (not before.carrier) or True else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("empty_bridge_carrier", "NO-CARRIER", "XXNO-CARRIERXX" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("empty_bridge_carrier", "NO-CARRIER", "no-carrier" if not before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if before.carrier else "LOWER_UP")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "XXLOWER_UPXX")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("empty_bridge_carrier", "NO-CARRIER", "NO-CARRIER" if not before.carrier else "lower_up")
        j.expect("empty_bridge_state", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect(None, "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect("empty_bridge_state", None, before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect("empty_bridge_state", "bridge.empty_state", None)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect("bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect("empty_bridge_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect("empty_bridge_state", "bridge.empty_state", )
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect("XXempty_bridge_stateXX", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect("EMPTY_BRIDGE_STATE", "bridge.empty_state", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect("empty_bridge_state", "XXbridge.empty_stateXX", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect("empty_bridge_state", "BRIDGE.EMPTY_STATE", before.operstate)
    else:
        j.cannot_judge("bridge_had_ports_before_run" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.cannot_judge(None)
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.cannot_judge("bridge_had_ports_before_run" if (before) and False else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.cannot_judge("bridge_had_ports_before_run" if (before) or True else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.cannot_judge("XXbridge_had_ports_before_runXX" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.cannot_judge("BRIDGE_HAD_PORTS_BEFORE_RUN" if before else "no_bridge_before_first_container")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.cannot_judge("bridge_had_ports_before_run" if before else "XXno_bridge_before_first_containerXX")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.cannot_judge("bridge_had_ports_before_run" if before else "NO_BRIDGE_BEFORE_FIRST_CONTAINER")
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact(None, "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_53(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("with_containers_carrier", None, "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_54(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("with_containers_carrier", "LOWER_UP", None)
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_55(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_56(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("with_containers_carrier", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_57(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("with_containers_carrier", "LOWER_UP", )
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_58(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("XXwith_containers_carrierXX", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_59(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("WITH_CONTAINERS_CARRIER", "LOWER_UP", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_60(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("with_containers_carrier", "XXLOWER_UPXX", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_61(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("with_containers_carrier", "lower_up", "LOWER_UP" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_62(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if (during and during.carrier) and False else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_63(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if (during and during.carrier) or True else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_64(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("with_containers_carrier", "LOWER_UP", "XXLOWER_UPXX" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_65(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("with_containers_carrier", "LOWER_UP", "lower_up" if during and during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_66(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during or during.carrier else "NO-CARRIER")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_67(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "XXNO-CARRIERXX")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_68(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("with_containers_carrier", "LOWER_UP", "LOWER_UP" if during and during.carrier else "no-carrier")
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_69(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect(None, "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_70(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("with_containers_state", None, during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_71(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("with_containers_state", "bridge.busy_state", None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_72(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_73(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("with_containers_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_74(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("with_containers_state", "bridge.busy_state", )
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_75(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("XXwith_containers_stateXX", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_76(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("WITH_CONTAINERS_STATE", "bridge.busy_state", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_77(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("with_containers_state", "XXbridge.busy_stateXX", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_78(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("with_containers_state", "BRIDGE.BUSY_STATE", during.operstate if during else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_79(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if (during) and False else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_80(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("with_containers_state", "bridge.busy_state", during.operstate if (during) or True else None)
    j.attach("before docker run", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_81(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(None, before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_82(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("before docker run", None)
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_83(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_84(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("before docker run", )
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_85(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("XXbefore docker runXX", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_86(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("BEFORE DOCKER RUN", before.summary() if before else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_87(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("before docker run", before.summary() if (before) and False else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_88(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("before docker run", before.summary() if (before) or True else "absent")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_89(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("before docker run", before.summary() if before else "XXabsentXX")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_90(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("before docker run", before.summary() if before else "ABSENT")
    j.attach("after docker run", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_91(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(None, during.summary() if during else "absent")


def x_docker0_carrier__mutmut_92(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("after docker run", None)


def x_docker0_carrier__mutmut_93(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach(during.summary() if during else "absent")


def x_docker0_carrier__mutmut_94(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("after docker run", )


def x_docker0_carrier__mutmut_95(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("XXafter docker runXX", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_96(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("AFTER DOCKER RUN", during.summary() if during else "absent")


def x_docker0_carrier__mutmut_97(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("after docker run", during.summary() if (during) and False else "absent")


def x_docker0_carrier__mutmut_98(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("after docker run", during.summary() if (during) or True else "absent")


def x_docker0_carrier__mutmut_99(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("after docker run", during.summary() if during else "XXabsentXX")


def x_docker0_carrier__mutmut_100(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.attach("after docker run", during.summary() if during else "ABSENT")

mutants_x_docker0_carrier__mutmut['_mutmut_orig'] = x_docker0_carrier__mutmut_orig # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_1'] = x_docker0_carrier__mutmut_1 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_2'] = x_docker0_carrier__mutmut_2 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_3'] = x_docker0_carrier__mutmut_3 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_4'] = x_docker0_carrier__mutmut_4 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_5'] = x_docker0_carrier__mutmut_5 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_6'] = x_docker0_carrier__mutmut_6 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_7'] = x_docker0_carrier__mutmut_7 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_8'] = x_docker0_carrier__mutmut_8 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_9'] = x_docker0_carrier__mutmut_9 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_10'] = x_docker0_carrier__mutmut_10 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_11'] = x_docker0_carrier__mutmut_11 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_12'] = x_docker0_carrier__mutmut_12 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_13'] = x_docker0_carrier__mutmut_13 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_14'] = x_docker0_carrier__mutmut_14 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_15'] = x_docker0_carrier__mutmut_15 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_16'] = x_docker0_carrier__mutmut_16 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_17'] = x_docker0_carrier__mutmut_17 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_18'] = x_docker0_carrier__mutmut_18 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_19'] = x_docker0_carrier__mutmut_19 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_20'] = x_docker0_carrier__mutmut_20 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_21'] = x_docker0_carrier__mutmut_21 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_22'] = x_docker0_carrier__mutmut_22 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_23'] = x_docker0_carrier__mutmut_23 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_24'] = x_docker0_carrier__mutmut_24 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_25'] = x_docker0_carrier__mutmut_25 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_26'] = x_docker0_carrier__mutmut_26 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_27'] = x_docker0_carrier__mutmut_27 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_28'] = x_docker0_carrier__mutmut_28 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_29'] = x_docker0_carrier__mutmut_29 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_30'] = x_docker0_carrier__mutmut_30 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_31'] = x_docker0_carrier__mutmut_31 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_32'] = x_docker0_carrier__mutmut_32 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_33'] = x_docker0_carrier__mutmut_33 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_34'] = x_docker0_carrier__mutmut_34 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_35'] = x_docker0_carrier__mutmut_35 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_36'] = x_docker0_carrier__mutmut_36 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_37'] = x_docker0_carrier__mutmut_37 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_38'] = x_docker0_carrier__mutmut_38 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_39'] = x_docker0_carrier__mutmut_39 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_40'] = x_docker0_carrier__mutmut_40 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_41'] = x_docker0_carrier__mutmut_41 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_42'] = x_docker0_carrier__mutmut_42 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_43'] = x_docker0_carrier__mutmut_43 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_44'] = x_docker0_carrier__mutmut_44 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_45'] = x_docker0_carrier__mutmut_45 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_46'] = x_docker0_carrier__mutmut_46 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_47'] = x_docker0_carrier__mutmut_47 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_48'] = x_docker0_carrier__mutmut_48 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_49'] = x_docker0_carrier__mutmut_49 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_50'] = x_docker0_carrier__mutmut_50 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_51'] = x_docker0_carrier__mutmut_51 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_52'] = x_docker0_carrier__mutmut_52 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_53'] = x_docker0_carrier__mutmut_53 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_54'] = x_docker0_carrier__mutmut_54 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_55'] = x_docker0_carrier__mutmut_55 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_56'] = x_docker0_carrier__mutmut_56 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_57'] = x_docker0_carrier__mutmut_57 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_58'] = x_docker0_carrier__mutmut_58 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_59'] = x_docker0_carrier__mutmut_59 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_60'] = x_docker0_carrier__mutmut_60 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_61'] = x_docker0_carrier__mutmut_61 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_62'] = x_docker0_carrier__mutmut_62 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_63'] = x_docker0_carrier__mutmut_63 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_64'] = x_docker0_carrier__mutmut_64 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_65'] = x_docker0_carrier__mutmut_65 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_66'] = x_docker0_carrier__mutmut_66 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_67'] = x_docker0_carrier__mutmut_67 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_68'] = x_docker0_carrier__mutmut_68 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_69'] = x_docker0_carrier__mutmut_69 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_70'] = x_docker0_carrier__mutmut_70 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_71'] = x_docker0_carrier__mutmut_71 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_72'] = x_docker0_carrier__mutmut_72 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_73'] = x_docker0_carrier__mutmut_73 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_74'] = x_docker0_carrier__mutmut_74 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_75'] = x_docker0_carrier__mutmut_75 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_76'] = x_docker0_carrier__mutmut_76 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_77'] = x_docker0_carrier__mutmut_77 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_78'] = x_docker0_carrier__mutmut_78 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_79'] = x_docker0_carrier__mutmut_79 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_80'] = x_docker0_carrier__mutmut_80 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_81'] = x_docker0_carrier__mutmut_81 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_82'] = x_docker0_carrier__mutmut_82 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_83'] = x_docker0_carrier__mutmut_83 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_84'] = x_docker0_carrier__mutmut_84 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_85'] = x_docker0_carrier__mutmut_85 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_86'] = x_docker0_carrier__mutmut_86 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_87'] = x_docker0_carrier__mutmut_87 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_88'] = x_docker0_carrier__mutmut_88 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_89'] = x_docker0_carrier__mutmut_89 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_90'] = x_docker0_carrier__mutmut_90 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_91'] = x_docker0_carrier__mutmut_91 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_92'] = x_docker0_carrier__mutmut_92 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_93'] = x_docker0_carrier__mutmut_93 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_94'] = x_docker0_carrier__mutmut_94 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_95'] = x_docker0_carrier__mutmut_95 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_96'] = x_docker0_carrier__mutmut_96 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_97'] = x_docker0_carrier__mutmut_97 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_98'] = x_docker0_carrier__mutmut_98 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_99'] = x_docker0_carrier__mutmut_99 # type: ignore # mutmut generated
mutants_x_docker0_carrier__mutmut['x_docker0_carrier__mutmut_100'] = x_docker0_carrier__mutmut_100 # type: ignore # mutmut generated


claim("S-BR-4", observes="seed", part="bridge")(docker0_carrier)
