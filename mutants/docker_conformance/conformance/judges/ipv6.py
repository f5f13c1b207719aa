"""D-V6-*: IPv6 where it is asked for (dual stack), on a user network and on the default bridge."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement, Unobservable
from docker_conformance.conformance.judges.shared import acted, ipv6_observed
from docker_conformance.conformance.model.ipv6 import Ipv6Observation, by_scope, in_subnet, ipam_subnets

family(__name__, "V6", "IPv6", "IPv6")

UNREACHED = "not reachable in the engine's namespace"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_ipv6_gateway__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ipv6_gateway__mutmut)
def ipv6_gateway(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_orig(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_1(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = None
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_2(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(None)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_3(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = None
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_4(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(None)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_5(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = None
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_6(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(None)
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_7(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if (bridge) and False else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_8(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if (bridge) or True else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_9(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = None
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_10(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(None, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_11(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, None)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_12(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_13(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, )}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_14(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact(None, (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_15(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", None, scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_16(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), None, bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_17(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=None)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_18(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact((gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_19(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_20(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_21(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), )
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_22(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("XXglobal_ipv6_addressesXX", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_23(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("GLOBAL_IPV6_ADDRESSES", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_24(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get(None, ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_25(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", None), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_26(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get(()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_27(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_28(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("XXglobalXX", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_29(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("GLOBAL", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_30(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact(None, True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_31(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", None, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_32(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, None, bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_33(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=None)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_34(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact(True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_35(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_36(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_37(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), )
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_38(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("XXhas_link_local_address_fe80_64XX", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_39(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("HAS_LINK_LOCAL_ADDRESS_FE80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_40(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", False, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_41(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(None), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_42(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get(None)), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_43(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("XXlinkXX")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_44(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("LINK")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_45(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact(None, True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_46(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", None, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_47(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, None)
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_48(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact(True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_49(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_50(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, )
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_51(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("XXenableipv6_in_inspectXX", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_52(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("ENABLEIPV6_IN_INSPECT", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_53(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", False, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_54(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get(None))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_55(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("XXEnableIPv6XX"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_56(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("enableipv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_57(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("ENABLEIPV6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_58(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact(None, (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_59(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", None, ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_60(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), None)
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_61(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact((v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_62(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_63(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), )
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_64(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("XXipv6_subnet_in_inspectXX", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_65(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("IPV6_SUBNET_IN_INSPECT", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_66(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(None, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_67(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, None))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_68(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_69(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, ))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_70(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 7))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_71(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact(None, 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_72(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", None, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_73(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, None)
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_74(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact(1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_75(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_76(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, )
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_77(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("XXipv4_subnet_besideXX", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_78(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("IPV4_SUBNET_BESIDE", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_79(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 2, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_80(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            None, "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_81(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", None
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_82(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_83(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_84(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(None)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_85(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "XX\nXX".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_86(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr - f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_87(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach(None, str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_88(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", None)


def x_ipv6_gateway__mutmut_89(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach(str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_90(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", )


def x_ipv6_gateway__mutmut_91(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("XXIPAM (inspect)XX", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_92(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("ipam (inspect)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_93(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (INSPECT)", str((v6.network.get("IPAM") or {}).get("Config")))


def x_ipv6_gateway__mutmut_94(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str(None))


def x_ipv6_gateway__mutmut_95(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get(None)))


def x_ipv6_gateway__mutmut_96(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") and {}).get("Config")))


def x_ipv6_gateway__mutmut_97(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get(None) or {}).get("Config")))


def x_ipv6_gateway__mutmut_98(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("XXIPAMXX") or {}).get("Config")))


def x_ipv6_gateway__mutmut_99(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("ipam") or {}).get("Config")))


def x_ipv6_gateway__mutmut_100(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("XXConfigXX")))


def x_ipv6_gateway__mutmut_101(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("config")))


def x_ipv6_gateway__mutmut_102(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """An IPv6 user network gives its bridge the gateway address.

    Documented: docker network create --ipv6 --subnet 2001:db8:X::/64: the bridge holds
        2001:db8:X::{ipv6.gateway}/64 and a link-local fe80:: address; docker network inspect shows
        EnableIPv6 true and both subnets
    Ko documented: docker network create --ipv6 --subnet 2001:db8:X::/64: 브리지가
        2001:db8:X::{ipv6.gateway}/64와 링크 로컬 fe80:: 주소를 갖는다; docker network inspect는 EnableIPv6
        true와 두 서브넷을 보여 준다
    By hand: docker network create --ipv6 --subnet 2001:db8:dcf:0::/64 v6; ip -6 addr show br-<id>;
        docker network inspect v6
    Title: An IPv6 network's bridge holds PREFIX::{ipv6.gateway}/64
    Ko: IPv6 사용자 네트워크는 자신의 브리지에 게이트웨이 주소를 준다.
    Ko title: IPv6 네트워크의 브리지는 PREFIX::{ipv6.gateway}/64를 가진다
    """
    v6 = ipv6_observed(v6)
    bridge = v6.host.interface(v6.bridge)
    scopes = by_scope(bridge.addresses6 if bridge else ())
    gateway = f"{in_subnet(v6.subnet, profile.ipv6.gateway)}/64"
    j.fact("global_ipv6_addresses", (gateway,), scopes.get("global", ()), bridge=v6.bridge)
    j.fact("has_link_local_address_fe80_64", True, bool(scopes.get("link")), bridge=v6.bridge)
    j.fact("enableipv6_in_inspect", True, v6.network.get("EnableIPv6"))
    j.fact("ipv6_subnet_in_inspect", (v6.subnet,), ipam_subnets(v6.network, 6))
    j.fact("ipv4_subnet_beside", 1, len(ipam_subnets(v6.network, 4)))
    if bridge:
        j.attach(
            f"ip -6 addr show {v6.bridge}", "\n".join(a.cidr + f" scope {a.scope}" for a in bridge.addresses6)
        )
    j.attach("IPAM (inspect)", str((v6.network.get("IPAM") or {}).get("CONFIG")))

mutants_x_ipv6_gateway__mutmut['_mutmut_orig'] = x_ipv6_gateway__mutmut_orig # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_1'] = x_ipv6_gateway__mutmut_1 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_2'] = x_ipv6_gateway__mutmut_2 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_3'] = x_ipv6_gateway__mutmut_3 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_4'] = x_ipv6_gateway__mutmut_4 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_5'] = x_ipv6_gateway__mutmut_5 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_6'] = x_ipv6_gateway__mutmut_6 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_7'] = x_ipv6_gateway__mutmut_7 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_8'] = x_ipv6_gateway__mutmut_8 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_9'] = x_ipv6_gateway__mutmut_9 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_10'] = x_ipv6_gateway__mutmut_10 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_11'] = x_ipv6_gateway__mutmut_11 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_12'] = x_ipv6_gateway__mutmut_12 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_13'] = x_ipv6_gateway__mutmut_13 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_14'] = x_ipv6_gateway__mutmut_14 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_15'] = x_ipv6_gateway__mutmut_15 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_16'] = x_ipv6_gateway__mutmut_16 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_17'] = x_ipv6_gateway__mutmut_17 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_18'] = x_ipv6_gateway__mutmut_18 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_19'] = x_ipv6_gateway__mutmut_19 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_20'] = x_ipv6_gateway__mutmut_20 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_21'] = x_ipv6_gateway__mutmut_21 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_22'] = x_ipv6_gateway__mutmut_22 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_23'] = x_ipv6_gateway__mutmut_23 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_24'] = x_ipv6_gateway__mutmut_24 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_25'] = x_ipv6_gateway__mutmut_25 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_26'] = x_ipv6_gateway__mutmut_26 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_27'] = x_ipv6_gateway__mutmut_27 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_28'] = x_ipv6_gateway__mutmut_28 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_29'] = x_ipv6_gateway__mutmut_29 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_30'] = x_ipv6_gateway__mutmut_30 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_31'] = x_ipv6_gateway__mutmut_31 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_32'] = x_ipv6_gateway__mutmut_32 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_33'] = x_ipv6_gateway__mutmut_33 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_34'] = x_ipv6_gateway__mutmut_34 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_35'] = x_ipv6_gateway__mutmut_35 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_36'] = x_ipv6_gateway__mutmut_36 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_37'] = x_ipv6_gateway__mutmut_37 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_38'] = x_ipv6_gateway__mutmut_38 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_39'] = x_ipv6_gateway__mutmut_39 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_40'] = x_ipv6_gateway__mutmut_40 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_41'] = x_ipv6_gateway__mutmut_41 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_42'] = x_ipv6_gateway__mutmut_42 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_43'] = x_ipv6_gateway__mutmut_43 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_44'] = x_ipv6_gateway__mutmut_44 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_45'] = x_ipv6_gateway__mutmut_45 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_46'] = x_ipv6_gateway__mutmut_46 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_47'] = x_ipv6_gateway__mutmut_47 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_48'] = x_ipv6_gateway__mutmut_48 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_49'] = x_ipv6_gateway__mutmut_49 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_50'] = x_ipv6_gateway__mutmut_50 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_51'] = x_ipv6_gateway__mutmut_51 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_52'] = x_ipv6_gateway__mutmut_52 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_53'] = x_ipv6_gateway__mutmut_53 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_54'] = x_ipv6_gateway__mutmut_54 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_55'] = x_ipv6_gateway__mutmut_55 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_56'] = x_ipv6_gateway__mutmut_56 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_57'] = x_ipv6_gateway__mutmut_57 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_58'] = x_ipv6_gateway__mutmut_58 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_59'] = x_ipv6_gateway__mutmut_59 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_60'] = x_ipv6_gateway__mutmut_60 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_61'] = x_ipv6_gateway__mutmut_61 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_62'] = x_ipv6_gateway__mutmut_62 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_63'] = x_ipv6_gateway__mutmut_63 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_64'] = x_ipv6_gateway__mutmut_64 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_65'] = x_ipv6_gateway__mutmut_65 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_66'] = x_ipv6_gateway__mutmut_66 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_67'] = x_ipv6_gateway__mutmut_67 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_68'] = x_ipv6_gateway__mutmut_68 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_69'] = x_ipv6_gateway__mutmut_69 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_70'] = x_ipv6_gateway__mutmut_70 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_71'] = x_ipv6_gateway__mutmut_71 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_72'] = x_ipv6_gateway__mutmut_72 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_73'] = x_ipv6_gateway__mutmut_73 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_74'] = x_ipv6_gateway__mutmut_74 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_75'] = x_ipv6_gateway__mutmut_75 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_76'] = x_ipv6_gateway__mutmut_76 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_77'] = x_ipv6_gateway__mutmut_77 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_78'] = x_ipv6_gateway__mutmut_78 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_79'] = x_ipv6_gateway__mutmut_79 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_80'] = x_ipv6_gateway__mutmut_80 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_81'] = x_ipv6_gateway__mutmut_81 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_82'] = x_ipv6_gateway__mutmut_82 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_83'] = x_ipv6_gateway__mutmut_83 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_84'] = x_ipv6_gateway__mutmut_84 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_85'] = x_ipv6_gateway__mutmut_85 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_86'] = x_ipv6_gateway__mutmut_86 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_87'] = x_ipv6_gateway__mutmut_87 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_88'] = x_ipv6_gateway__mutmut_88 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_89'] = x_ipv6_gateway__mutmut_89 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_90'] = x_ipv6_gateway__mutmut_90 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_91'] = x_ipv6_gateway__mutmut_91 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_92'] = x_ipv6_gateway__mutmut_92 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_93'] = x_ipv6_gateway__mutmut_93 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_94'] = x_ipv6_gateway__mutmut_94 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_95'] = x_ipv6_gateway__mutmut_95 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_96'] = x_ipv6_gateway__mutmut_96 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_97'] = x_ipv6_gateway__mutmut_97 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_98'] = x_ipv6_gateway__mutmut_98 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_99'] = x_ipv6_gateway__mutmut_99 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_100'] = x_ipv6_gateway__mutmut_100 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_101'] = x_ipv6_gateway__mutmut_101 # type: ignore # mutmut generated
mutants_x_ipv6_gateway__mutmut['x_ipv6_gateway__mutmut_102'] = x_ipv6_gateway__mutmut_102 # type: ignore # mutmut generated


claim("D-V6-1", observes="ipv6")(ipv6_gateway)
mutants_x_ipv6_addresses__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ipv6_addresses__mutmut)
def ipv6_addresses(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_orig(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_1(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = None
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_2(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(None)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_3(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = None
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_4(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(None, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_5(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, None)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_6(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_7(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, )
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_8(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip(None, profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_9(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), None, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_10(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=None):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_11(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip(profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_12(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_13(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, ):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_14(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=False):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_15(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = None
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_16(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(None)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_17(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            None,
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_18(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            None,
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_19(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            None,
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_20(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=None,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_21(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_22(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_23(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_24(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_25(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "XXglobal_addressXX",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_26(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "GLOBAL_ADDRESS",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_27(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(None, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_28(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, None)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_29(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_30(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, )}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_31(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get(None, ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_32(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", None),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_33(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get(()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_34(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_35(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("XXglobalXX", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_36(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("GLOBAL", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_37(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact(None, True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_38(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", None, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_39(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, None, role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_40(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=None)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_41(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact(True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_42(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_43(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_44(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), )
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_45(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("XXhas_link_local_addressXX", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_46(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("HAS_LINK_LOCAL_ADDRESS", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_47(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", False, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_48(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(None), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_49(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get(None)), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_50(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("XXlinkXX")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_51(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("LINK")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_52(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            None,
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_53(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            None,
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_54(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            None,
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_55(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=None,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_56(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_57(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_58(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_59(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_60(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "XXdefault_ipv6_routeXX",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_61(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "DEFAULT_IPV6_ROUTE",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_62(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            None,
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_63(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            None,
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_64(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            None,
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_65(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=None,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_66(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_67(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_68(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_69(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_70(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "XXeth0_disable_ipv6XX",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_71(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "ETH0_DISABLE_IPV6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_72(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "XXipv6.disable_ipv6XX",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_73(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "IPV6.DISABLE_IPV6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", container.dump())


def x_ipv6_addresses__mutmut_74(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(None, container.dump())


def x_ipv6_addresses__mutmut_75(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", None)


def x_ipv6_addresses__mutmut_76(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(container.dump())


def x_ipv6_addresses__mutmut_77(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Its containers get IPv6 addresses from the subnet, in order, and route through the gateway.

    Documented: eth0 holds 2001:db8:X::{ipv6.addresses} (in the order started) and a link-local address;
        the default IPv6 route goes via the gateway; disable_ipv6={ipv6.disable_ipv6} on eth0
    Ko documented: eth0가 2001:db8:X::{ipv6.addresses}(시작한 순서대로)와 링크 로컬 주소를 갖는다; IPv6 기본
        경로는 게이트웨이를 거친다; eth0의 disable_ipv6={ipv6.disable_ipv6}
    By hand: docker run -d --network v6 --name v6a busybox sleep 600; docker exec v6a ip -6 addr;
        docker exec v6a ip -6 route; docker exec v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: IPv6 addresses in order, default route via the gateway
    Ko: 그 네트워크의 컨테이너는 서브넷에서 차례대로 IPv6 주소를 받고, 게이트웨이를 거쳐 라우팅한다.
    Ko title: IPv6 주소는 차례대로, 기본 경로는 게이트웨이
    """
    v6 = ipv6_observed(v6)
    gateway = in_subnet(v6.subnet, profile.ipv6.gateway)
    for container, offset in zip((v6.first, v6.second), profile.ipv6.addresses, strict=True):
        scopes = by_scope(container.eth0)
        j.fact(
            "global_address",
            (f"{in_subnet(v6.subnet, offset)}/64",),
            scopes.get("global", ()),
            role=container.role,
        )
        j.fact("has_link_local_address", True, bool(scopes.get("link")), role=container.role)
        j.fact(
            "default_ipv6_route",
            f"default via {gateway} dev eth0",
            container.default_route(),
            role=container.role,
        )
        j.expect(
            "eth0_disable_ipv6",
            "ipv6.disable_ipv6",
            container.disable_ipv6.output.strip(),
            role=container.role,
        )
        j.attach(f"{container.role}: ip -6 addr; ip -6 route", )

mutants_x_ipv6_addresses__mutmut['_mutmut_orig'] = x_ipv6_addresses__mutmut_orig # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_1'] = x_ipv6_addresses__mutmut_1 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_2'] = x_ipv6_addresses__mutmut_2 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_3'] = x_ipv6_addresses__mutmut_3 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_4'] = x_ipv6_addresses__mutmut_4 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_5'] = x_ipv6_addresses__mutmut_5 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_6'] = x_ipv6_addresses__mutmut_6 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_7'] = x_ipv6_addresses__mutmut_7 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_8'] = x_ipv6_addresses__mutmut_8 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_9'] = x_ipv6_addresses__mutmut_9 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_10'] = x_ipv6_addresses__mutmut_10 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_11'] = x_ipv6_addresses__mutmut_11 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_12'] = x_ipv6_addresses__mutmut_12 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_13'] = x_ipv6_addresses__mutmut_13 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_14'] = x_ipv6_addresses__mutmut_14 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_15'] = x_ipv6_addresses__mutmut_15 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_16'] = x_ipv6_addresses__mutmut_16 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_17'] = x_ipv6_addresses__mutmut_17 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_18'] = x_ipv6_addresses__mutmut_18 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_19'] = x_ipv6_addresses__mutmut_19 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_20'] = x_ipv6_addresses__mutmut_20 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_21'] = x_ipv6_addresses__mutmut_21 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_22'] = x_ipv6_addresses__mutmut_22 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_23'] = x_ipv6_addresses__mutmut_23 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_24'] = x_ipv6_addresses__mutmut_24 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_25'] = x_ipv6_addresses__mutmut_25 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_26'] = x_ipv6_addresses__mutmut_26 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_27'] = x_ipv6_addresses__mutmut_27 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_28'] = x_ipv6_addresses__mutmut_28 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_29'] = x_ipv6_addresses__mutmut_29 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_30'] = x_ipv6_addresses__mutmut_30 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_31'] = x_ipv6_addresses__mutmut_31 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_32'] = x_ipv6_addresses__mutmut_32 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_33'] = x_ipv6_addresses__mutmut_33 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_34'] = x_ipv6_addresses__mutmut_34 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_35'] = x_ipv6_addresses__mutmut_35 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_36'] = x_ipv6_addresses__mutmut_36 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_37'] = x_ipv6_addresses__mutmut_37 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_38'] = x_ipv6_addresses__mutmut_38 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_39'] = x_ipv6_addresses__mutmut_39 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_40'] = x_ipv6_addresses__mutmut_40 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_41'] = x_ipv6_addresses__mutmut_41 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_42'] = x_ipv6_addresses__mutmut_42 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_43'] = x_ipv6_addresses__mutmut_43 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_44'] = x_ipv6_addresses__mutmut_44 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_45'] = x_ipv6_addresses__mutmut_45 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_46'] = x_ipv6_addresses__mutmut_46 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_47'] = x_ipv6_addresses__mutmut_47 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_48'] = x_ipv6_addresses__mutmut_48 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_49'] = x_ipv6_addresses__mutmut_49 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_50'] = x_ipv6_addresses__mutmut_50 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_51'] = x_ipv6_addresses__mutmut_51 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_52'] = x_ipv6_addresses__mutmut_52 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_53'] = x_ipv6_addresses__mutmut_53 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_54'] = x_ipv6_addresses__mutmut_54 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_55'] = x_ipv6_addresses__mutmut_55 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_56'] = x_ipv6_addresses__mutmut_56 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_57'] = x_ipv6_addresses__mutmut_57 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_58'] = x_ipv6_addresses__mutmut_58 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_59'] = x_ipv6_addresses__mutmut_59 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_60'] = x_ipv6_addresses__mutmut_60 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_61'] = x_ipv6_addresses__mutmut_61 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_62'] = x_ipv6_addresses__mutmut_62 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_63'] = x_ipv6_addresses__mutmut_63 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_64'] = x_ipv6_addresses__mutmut_64 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_65'] = x_ipv6_addresses__mutmut_65 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_66'] = x_ipv6_addresses__mutmut_66 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_67'] = x_ipv6_addresses__mutmut_67 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_68'] = x_ipv6_addresses__mutmut_68 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_69'] = x_ipv6_addresses__mutmut_69 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_70'] = x_ipv6_addresses__mutmut_70 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_71'] = x_ipv6_addresses__mutmut_71 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_72'] = x_ipv6_addresses__mutmut_72 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_73'] = x_ipv6_addresses__mutmut_73 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_74'] = x_ipv6_addresses__mutmut_74 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_75'] = x_ipv6_addresses__mutmut_75 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_76'] = x_ipv6_addresses__mutmut_76 # type: ignore # mutmut generated
mutants_x_ipv6_addresses__mutmut['x_ipv6_addresses__mutmut_77'] = x_ipv6_addresses__mutmut_77 # type: ignore # mutmut generated


claim("D-V6-2", observes="ipv6")(ipv6_addresses)
mutants_x_ipv6_reach_and_names__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ipv6_reach_and_names__mutmut)
def ipv6_reach_and_names(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_orig(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_1(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = None
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_2(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(None)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_3(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = None
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_4(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(None, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_5(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, None)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_6(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_7(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, )
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_8(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact(None, True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_9(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", None, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_10(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, None)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_11(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact(True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_12(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_13(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, )
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_14(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("XXv6a_v6b_over_ipv6_repliesXX", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_15(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("V6A_V6B_OVER_IPV6_REPLIES", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_16(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", False, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_17(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact(None, True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_18(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", None, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_19(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, None)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_20(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact(True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_21(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_22(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, )
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_23(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("XXv6a_gateway_over_ipv6_repliesXX", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_24(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("V6A_GATEWAY_OVER_IPV6_REPLIES", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_25(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", False, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_26(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact(None, True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_27(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", None, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_28(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, None)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_29(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact(True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_30(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_31(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, )
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_32(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("XXaaaa_v6b_from_network_dns_holdsXX", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_33(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("AAAA_V6B_FROM_NETWORK_DNS_HOLDS", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_34(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", False, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_35(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) or f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_36(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(None) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_37(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" not in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_38(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = None
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_39(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[1] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_40(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact(None, True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_41(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", None, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_42(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, None)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_43(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact(True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_44(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_45(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, )
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_46(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("XXv6a_etc_hosts_holds_own_ipv6XX", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_47(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("V6A_ETC_HOSTS_HOLDS_OWN_IPV6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_48(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", False, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_49(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own not in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_50(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(None, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_51(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, None)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_52(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_53(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, )
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_54(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(None, v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_55(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, None)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_56(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.output)
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_57(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, )
    j.attach(v6.first.hosts.command, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_58(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(None, v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_59(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, None)


def x_ipv6_reach_and_names__mutmut_60(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.output)


def x_ipv6_reach_and_names__mutmut_61(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """Containers on it reach each other and the gateway over IPv6, and find each other's IPv6 addresses by
    name.

    Documented: ping -6 between two containers and to the gateway; the network's DNS ({user_bridge.dns})
        answers AAAA with the peer's address; /etc/hosts holds the container's own IPv6 address
    Ko documented: 두 컨테이너 사이와 게이트웨이로 ping -6; 네트워크의 DNS({user_bridge.dns})가 AAAA를
        상대의 주소로 응답한다; /etc/hosts에 컨테이너 자신의 IPv6 주소가 있다
    By hand: docker exec v6a ping -6 -c 1 <v6b's address>; docker exec v6a ping -6 -c 1 2001:db8:X::1;
        docker exec v6a nslookup -type=AAAA v6b; docker exec v6a cat /etc/hosts
    Title: IPv6 between containers, to the gateway, and by name
    Ko: 그 네트워크의 컨테이너는 IPv6로 서로와 게이트웨이에 닿고, 이름으로 서로의 IPv6 주소를 찾는다.
    Ko title: 컨테이너 간, 게이트웨이까지 IPv6로 닿고 이름으로 찾는다
    Not applicable with: default-network-opts=enable_icc=false
    """
    v6 = ipv6_observed(v6)
    peer, own = v6.second.global_address(), v6.first.global_address()
    acted(v6.to_peer, v6.to_gateway)
    j.fact("v6a_v6b_over_ipv6_replies", True, v6.to_peer.complete)
    j.fact("v6a_gateway_over_ipv6_replies", True, v6.to_gateway.complete)
    j.fact("aaaa_v6b_from_network_dns_holds", True, bool(peer) and f"Address: {peer}" in v6.lookup.output)
    hosts = [line.split()[0] for line in v6.first.hosts.output.splitlines() if line.strip()]
    j.fact("v6a_etc_hosts_holds_own_ipv6", True, own in hosts)
    for run in (v6.to_peer, v6.to_gateway):
        j.attach(run.exec.command, run.exec.output)
    j.attach(v6.lookup.command, v6.lookup.output)
    j.attach(v6.first.hosts.command, )

mutants_x_ipv6_reach_and_names__mutmut['_mutmut_orig'] = x_ipv6_reach_and_names__mutmut_orig # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_1'] = x_ipv6_reach_and_names__mutmut_1 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_2'] = x_ipv6_reach_and_names__mutmut_2 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_3'] = x_ipv6_reach_and_names__mutmut_3 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_4'] = x_ipv6_reach_and_names__mutmut_4 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_5'] = x_ipv6_reach_and_names__mutmut_5 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_6'] = x_ipv6_reach_and_names__mutmut_6 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_7'] = x_ipv6_reach_and_names__mutmut_7 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_8'] = x_ipv6_reach_and_names__mutmut_8 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_9'] = x_ipv6_reach_and_names__mutmut_9 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_10'] = x_ipv6_reach_and_names__mutmut_10 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_11'] = x_ipv6_reach_and_names__mutmut_11 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_12'] = x_ipv6_reach_and_names__mutmut_12 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_13'] = x_ipv6_reach_and_names__mutmut_13 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_14'] = x_ipv6_reach_and_names__mutmut_14 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_15'] = x_ipv6_reach_and_names__mutmut_15 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_16'] = x_ipv6_reach_and_names__mutmut_16 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_17'] = x_ipv6_reach_and_names__mutmut_17 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_18'] = x_ipv6_reach_and_names__mutmut_18 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_19'] = x_ipv6_reach_and_names__mutmut_19 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_20'] = x_ipv6_reach_and_names__mutmut_20 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_21'] = x_ipv6_reach_and_names__mutmut_21 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_22'] = x_ipv6_reach_and_names__mutmut_22 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_23'] = x_ipv6_reach_and_names__mutmut_23 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_24'] = x_ipv6_reach_and_names__mutmut_24 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_25'] = x_ipv6_reach_and_names__mutmut_25 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_26'] = x_ipv6_reach_and_names__mutmut_26 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_27'] = x_ipv6_reach_and_names__mutmut_27 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_28'] = x_ipv6_reach_and_names__mutmut_28 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_29'] = x_ipv6_reach_and_names__mutmut_29 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_30'] = x_ipv6_reach_and_names__mutmut_30 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_31'] = x_ipv6_reach_and_names__mutmut_31 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_32'] = x_ipv6_reach_and_names__mutmut_32 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_33'] = x_ipv6_reach_and_names__mutmut_33 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_34'] = x_ipv6_reach_and_names__mutmut_34 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_35'] = x_ipv6_reach_and_names__mutmut_35 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_36'] = x_ipv6_reach_and_names__mutmut_36 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_37'] = x_ipv6_reach_and_names__mutmut_37 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_38'] = x_ipv6_reach_and_names__mutmut_38 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_39'] = x_ipv6_reach_and_names__mutmut_39 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_40'] = x_ipv6_reach_and_names__mutmut_40 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_41'] = x_ipv6_reach_and_names__mutmut_41 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_42'] = x_ipv6_reach_and_names__mutmut_42 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_43'] = x_ipv6_reach_and_names__mutmut_43 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_44'] = x_ipv6_reach_and_names__mutmut_44 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_45'] = x_ipv6_reach_and_names__mutmut_45 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_46'] = x_ipv6_reach_and_names__mutmut_46 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_47'] = x_ipv6_reach_and_names__mutmut_47 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_48'] = x_ipv6_reach_and_names__mutmut_48 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_49'] = x_ipv6_reach_and_names__mutmut_49 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_50'] = x_ipv6_reach_and_names__mutmut_50 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_51'] = x_ipv6_reach_and_names__mutmut_51 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_52'] = x_ipv6_reach_and_names__mutmut_52 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_53'] = x_ipv6_reach_and_names__mutmut_53 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_54'] = x_ipv6_reach_and_names__mutmut_54 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_55'] = x_ipv6_reach_and_names__mutmut_55 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_56'] = x_ipv6_reach_and_names__mutmut_56 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_57'] = x_ipv6_reach_and_names__mutmut_57 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_58'] = x_ipv6_reach_and_names__mutmut_58 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_59'] = x_ipv6_reach_and_names__mutmut_59 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_60'] = x_ipv6_reach_and_names__mutmut_60 # type: ignore # mutmut generated
mutants_x_ipv6_reach_and_names__mutmut['x_ipv6_reach_and_names__mutmut_61'] = x_ipv6_reach_and_names__mutmut_61 # type: ignore # mutmut generated


claim("D-V6-3", observes="ipv6")(ipv6_reach_and_names)
mutants_x_ipv6_egress__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ipv6_egress__mutmut)
def ipv6_egress(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_orig(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_1(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = None
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_2(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(None)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_3(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = None
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_4(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact(None, "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_5(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", None, out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_6(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", None)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_7(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_8(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_9(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", )
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_10(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("XXoutside_received_payloadXX", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_11(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("OUTSIDE_RECEIVED_PAYLOAD", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_12(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "XXconformanceXX", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_13(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "CONFORMANCE", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_14(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        None,
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_15(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        None,
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_16(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        None,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_17(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=None,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_18(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_19(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_20(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_21(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_22(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "XXoutside_sees_host_address_masqueradeXX",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_23(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "OUTSIDE_SEES_HOST_ADDRESS_MASQUERADE",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_24(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "XXipv6.masqueradeXX",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_25(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "IPV6.MASQUERADE",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_26(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer != out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_27(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own) or (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_28(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer not in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_29(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer != out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_30(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) != profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_31(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(None, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_32(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, None)
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_33(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_34(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, )
    j.attach(
        "the outside",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_35(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        None,
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_36(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        None,
    )


def x_ipv6_egress__mutmut_37(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_38(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "the outside",
        )


def x_ipv6_egress__mutmut_39(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "XXthe outsideXX",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )


def x_ipv6_egress__mutmut_40(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """IPv6 traffic leaving the network is masqueraded when ip6tables is on, and routed as is when it is off.

    Documented: the egress outside sees this host's IPv6 address (masquerade: {ipv6.masquerade}; from
        27.0 ip6tables is on by default), else the container's own address
    Ko documented: egress 바깥쪽은 이 호스트의 IPv6 주소를 본다 (마스커레이드: {ipv6.masquerade}; 27.0부터
        ip6tables가 기본으로 켜진다), 아니면 컨테이너 자신의 주소
    By hand: docker exec v6a sh -c 'echo hi | nc -w 2 2001:db8:Y::2 PORT'  # an outside the suite made;
        ip6tables -t nat -S POSTROUTING
    Title: IPv6 leaving the network arrives from {ipv6.masquerade}
    Ko: 네트워크를 떠나는 IPv6 트래픽은 ip6tables가 켜져 있으면 마스커레이드되고,
        꺼져 있으면 그대로 라우팅된다.
    Ko title: 네트워크를 떠나는 IPv6는 마스커레이드 여부 {ipv6.masquerade}로 도착한다
    Not applicable with: ip-forward=false
    """
    v6 = ipv6_observed(v6)
    out, own = v6.egress, v6.first.global_address()
    j.fact("outside_received_payload", "conformance", out.payload)
    j.expect(
        "outside_sees_host_address_masquerade",
        "ipv6.masquerade",
        out.peer == out.host_address,
        holds=out.peer in (out.host_address, own)
        and (out.peer == out.host_address) == profile.ipv6.masquerade,
    )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(
        "THE OUTSIDE",
        f"{out.outside} (a namespace the suite made) behind this host's {out.host_address}; "
        f"it saw {out.peer}; "
        f"v6a is {own}; net.ipv6.conf.all.forwarding={v6.forwarding}",
    )

mutants_x_ipv6_egress__mutmut['_mutmut_orig'] = x_ipv6_egress__mutmut_orig # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_1'] = x_ipv6_egress__mutmut_1 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_2'] = x_ipv6_egress__mutmut_2 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_3'] = x_ipv6_egress__mutmut_3 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_4'] = x_ipv6_egress__mutmut_4 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_5'] = x_ipv6_egress__mutmut_5 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_6'] = x_ipv6_egress__mutmut_6 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_7'] = x_ipv6_egress__mutmut_7 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_8'] = x_ipv6_egress__mutmut_8 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_9'] = x_ipv6_egress__mutmut_9 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_10'] = x_ipv6_egress__mutmut_10 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_11'] = x_ipv6_egress__mutmut_11 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_12'] = x_ipv6_egress__mutmut_12 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_13'] = x_ipv6_egress__mutmut_13 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_14'] = x_ipv6_egress__mutmut_14 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_15'] = x_ipv6_egress__mutmut_15 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_16'] = x_ipv6_egress__mutmut_16 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_17'] = x_ipv6_egress__mutmut_17 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_18'] = x_ipv6_egress__mutmut_18 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_19'] = x_ipv6_egress__mutmut_19 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_20'] = x_ipv6_egress__mutmut_20 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_21'] = x_ipv6_egress__mutmut_21 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_22'] = x_ipv6_egress__mutmut_22 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_23'] = x_ipv6_egress__mutmut_23 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_24'] = x_ipv6_egress__mutmut_24 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_25'] = x_ipv6_egress__mutmut_25 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_26'] = x_ipv6_egress__mutmut_26 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_27'] = x_ipv6_egress__mutmut_27 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_28'] = x_ipv6_egress__mutmut_28 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_29'] = x_ipv6_egress__mutmut_29 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_30'] = x_ipv6_egress__mutmut_30 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_31'] = x_ipv6_egress__mutmut_31 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_32'] = x_ipv6_egress__mutmut_32 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_33'] = x_ipv6_egress__mutmut_33 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_34'] = x_ipv6_egress__mutmut_34 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_35'] = x_ipv6_egress__mutmut_35 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_36'] = x_ipv6_egress__mutmut_36 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_37'] = x_ipv6_egress__mutmut_37 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_38'] = x_ipv6_egress__mutmut_38 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_39'] = x_ipv6_egress__mutmut_39 # type: ignore # mutmut generated
mutants_x_ipv6_egress__mutmut['x_ipv6_egress__mutmut_40'] = x_ipv6_egress__mutmut_40 # type: ignore # mutmut generated


claim("D-V6-4", observes="ipv6")(ipv6_egress)
mutants_x_ipv6_published__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ipv6_published__mutmut)
def ipv6_published(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_orig(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_1(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = None
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_2(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(None)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_3(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_4(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable(None, target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_5(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=None, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_6(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=None)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_7(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable(target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_8(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_9(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, )
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_10(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("XXoutside_could_not_tryXX", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_11(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("OUTSIDE_COULD_NOT_TRY", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_12(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = None
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_13(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if (v6.published.reached) and False else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_14(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if (v6.published.reached) or True else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_15(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect(None, "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_16(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", None, seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_17(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", None)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_18(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_19(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_20(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", )
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_21(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("XXhow_outside_reaches_host_address_portXX", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_22(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("HOW_OUTSIDE_REACHES_HOST_ADDRESS_PORT", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_23(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "XXipv6.published_viaXX", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_24(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "IPV6.PUBLISHED_VIA", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_25(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact(None, "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_26(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", None, v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_27(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", None)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_28(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_29(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_30(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", )
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_31(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("XXwhat_read_container_answerXX", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_32(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("WHAT_READ_CONTAINER_ANSWER", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_33(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "XXconformanceXX", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_34(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "CONFORMANCE", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_35(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach(None, v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_36(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", None)
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_37(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach(v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_38(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", )
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_39(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("XXthe outside's tryXX", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_40(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("THE OUTSIDE'S TRY", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_41(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach(None, "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_42(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", None)


def x_ipv6_published__mutmut_43(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_44(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", )


def x_ipv6_published__mutmut_45(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("XXIPv6 DNAT rules for the port (ip6tables, else nftables)XX", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_46(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("ipv6 dnat rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_47(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPV6 DNAT RULES FOR THE PORT (IP6TABLES, ELSE NFTABLES)", "\n".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_48(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) and "(none)")


def x_ipv6_published__mutmut_49(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(None) or "(none)")


def x_ipv6_published__mutmut_50(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "XX\nXX".join(v6.nat_rules) or "(none)")


def x_ipv6_published__mutmut_51(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "XX(none)XX")


def x_ipv6_published__mutmut_52(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """A port published on every address is reachable over IPv6 from another host, and reaches the
    container.

    Documented: the outside connects to [<host IPv6 address>]:PORT and reads the container's answer,
        through {ipv6.published_via}
    Ko documented: 바깥쪽이 [<호스트 IPv6 주소>]:PORT에 연결해 컨테이너의 응답을 읽는다. 경로:
        {ipv6.published_via}
    By hand: docker run -d --network v6 -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 2001:db8:Y::1 PORT; ip6tables -t nat -S DOCKER
    Title: Another host reaches -p PORT:8080 over IPv6, through {ipv6.published_via}
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 IPv6로 닿고, 컨테이너에 이른다.
    Ko title: 다른 호스트가 IPv6로 -p PORT:8080에 닿는다 ({ipv6.published_via})
    Not applicable with: ip-forward=false; userland-proxy=false, before 27.0
    """
    v6 = ipv6_observed(v6)
    if not v6.published.sent:
        raise Unobservable("outside_could_not_try", target=v6.published.target, error=v6.published.error)
    seen = v6.published_via if v6.published.reached else UNREACHED
    j.expect("how_outside_reaches_host_address_port", "ipv6.published_via", seen)
    if v6.published.reached:
        j.fact("what_read_container_answer", "conformance", v6.published.read)
    j.attach("the outside's try", v6.published.line())
    j.attach("IPv6 DNAT rules for the port (ip6tables, else nftables)", "\n".join(v6.nat_rules) or "(NONE)")

mutants_x_ipv6_published__mutmut['_mutmut_orig'] = x_ipv6_published__mutmut_orig # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_1'] = x_ipv6_published__mutmut_1 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_2'] = x_ipv6_published__mutmut_2 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_3'] = x_ipv6_published__mutmut_3 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_4'] = x_ipv6_published__mutmut_4 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_5'] = x_ipv6_published__mutmut_5 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_6'] = x_ipv6_published__mutmut_6 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_7'] = x_ipv6_published__mutmut_7 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_8'] = x_ipv6_published__mutmut_8 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_9'] = x_ipv6_published__mutmut_9 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_10'] = x_ipv6_published__mutmut_10 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_11'] = x_ipv6_published__mutmut_11 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_12'] = x_ipv6_published__mutmut_12 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_13'] = x_ipv6_published__mutmut_13 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_14'] = x_ipv6_published__mutmut_14 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_15'] = x_ipv6_published__mutmut_15 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_16'] = x_ipv6_published__mutmut_16 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_17'] = x_ipv6_published__mutmut_17 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_18'] = x_ipv6_published__mutmut_18 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_19'] = x_ipv6_published__mutmut_19 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_20'] = x_ipv6_published__mutmut_20 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_21'] = x_ipv6_published__mutmut_21 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_22'] = x_ipv6_published__mutmut_22 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_23'] = x_ipv6_published__mutmut_23 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_24'] = x_ipv6_published__mutmut_24 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_25'] = x_ipv6_published__mutmut_25 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_26'] = x_ipv6_published__mutmut_26 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_27'] = x_ipv6_published__mutmut_27 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_28'] = x_ipv6_published__mutmut_28 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_29'] = x_ipv6_published__mutmut_29 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_30'] = x_ipv6_published__mutmut_30 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_31'] = x_ipv6_published__mutmut_31 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_32'] = x_ipv6_published__mutmut_32 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_33'] = x_ipv6_published__mutmut_33 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_34'] = x_ipv6_published__mutmut_34 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_35'] = x_ipv6_published__mutmut_35 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_36'] = x_ipv6_published__mutmut_36 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_37'] = x_ipv6_published__mutmut_37 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_38'] = x_ipv6_published__mutmut_38 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_39'] = x_ipv6_published__mutmut_39 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_40'] = x_ipv6_published__mutmut_40 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_41'] = x_ipv6_published__mutmut_41 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_42'] = x_ipv6_published__mutmut_42 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_43'] = x_ipv6_published__mutmut_43 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_44'] = x_ipv6_published__mutmut_44 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_45'] = x_ipv6_published__mutmut_45 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_46'] = x_ipv6_published__mutmut_46 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_47'] = x_ipv6_published__mutmut_47 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_48'] = x_ipv6_published__mutmut_48 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_49'] = x_ipv6_published__mutmut_49 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_50'] = x_ipv6_published__mutmut_50 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_51'] = x_ipv6_published__mutmut_51 # type: ignore # mutmut generated
mutants_x_ipv6_published__mutmut['x_ipv6_published__mutmut_52'] = x_ipv6_published__mutmut_52 # type: ignore # mutmut generated


claim("D-V6-5", observes="ipv6")(ipv6_published)
