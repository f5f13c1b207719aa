"""IPv6 where no subnet was given: off on an IPv4-only network (D-V6OFF-1), on the default bridge as
configured (D-V6-6), and a network's automatic subnet (D-V6-7)."""

from __future__ import annotations

import ipaddress

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import SYS_ADMIN, Judgement, Unobservable
from docker_conformance.conformance.judges.shared import bridge_files, ipv6_observed, seen
from docker_conformance.conformance.model.ipv6 import Ipv6Observation, ipam_subnets
from docker_conformance.conformance.model.scenarios import UserBridges

family(__name__, "V6OFF", "IPv6", "IPv6")
family(__name__, "V6", "IPv6", "IPv6")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_no_ipv6_on_eth0__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_no_ipv6_on_eth0__mutmut)
def no_ipv6_on_eth0(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_orig(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_1(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = None
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_2(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(None)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_3(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = None
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_4(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get(None)
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_5(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("XXipv6.default_bridgeXX")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_6(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("IPV6.DEFAULT_BRIDGE")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_7(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable(None, configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_8(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=None)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_9(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable(configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_10(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", )
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_11(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("XXdefault_bridge_not_ipv4_only_hereXX", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_12(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("DEFAULT_BRIDGE_NOT_IPV4_ONLY_HERE", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_13(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is not None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_14(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable(None, needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_15(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=None)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_16(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable(needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_17(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", )
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_18(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("XXd1_namespace_was_not_entered_noXX", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_19(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("D1_NAMESPACE_WAS_NOT_ENTERED_NO", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_20(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = None
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_21(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(None), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_22(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface(None)
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_23(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("XXloXX")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_24(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("LO")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_25(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        None,
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_26(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        None,
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_27(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_28(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_29(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_30(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_31(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "XXeth0_ipv6_address_scopesXX",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_32(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "ETH0_IPV6_ADDRESS_SCOPES",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_33(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "XXcontainer.eth0_ipv6XX",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_34(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "CONTAINER.ETH0_IPV6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_35(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if (eth0) and False else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_36(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if (eth0) or True else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_37(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(None) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_38(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(None)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_39(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect(None, "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_40(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", None, files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_41(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", None)
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_42(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_43(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_44(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", )
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_45(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("XXeth0_disable_ipv6_2XX", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_46(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("ETH0_DISABLE_IPV6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_47(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "XXcontainer.eth0_disable_ipv6XX", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_48(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "CONTAINER.ETH0_DISABLE_IPV6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_49(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect(None, "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_50(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", None, tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_51(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_52(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_53(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_54(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", )
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_55(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("XXlo_ipv6_addressesXX", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_56(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("LO_IPV6_ADDRESSES", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_57(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "XXcontainer.lo_ipv6XX", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_58(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "CONTAINER.LO_IPV6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_59(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if (lo) and False else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_60(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if (lo) or True else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_61(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(None) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_62(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach(None, files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_63(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", None)
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_64(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach(files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_65(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", )
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_66(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("XXd1's namespace (netlink)XX", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_67(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("D1'S NAMESPACE (NETLINK)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_68(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(None, files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_69(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, None)


def x_no_ipv6_on_eth0__mutmut_70(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.output)


def x_no_ipv6_on_eth0__mutmut_71(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    Ko documented: eth0의 IPv6 주소 범위: {container.eth0_ipv6} (없음: fe80도 없다);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo는 {container.lo_ipv6}를 지닌다
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if profile.ipv6.default_bridge:
        configured = profile.settings.get("ipv6.default_bridge")
        raise Unobservable("default_bridge_not_ipv4_only_here", configured=configured)
    if files.netns is None:
        raise Unobservable("d1_namespace_was_not_entered_no", needs=SYS_ADMIN)
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0_ipv6_address_scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0_disable_ipv6_2", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo_ipv6_addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, )

mutants_x_no_ipv6_on_eth0__mutmut['_mutmut_orig'] = x_no_ipv6_on_eth0__mutmut_orig # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_1'] = x_no_ipv6_on_eth0__mutmut_1 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_2'] = x_no_ipv6_on_eth0__mutmut_2 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_3'] = x_no_ipv6_on_eth0__mutmut_3 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_4'] = x_no_ipv6_on_eth0__mutmut_4 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_5'] = x_no_ipv6_on_eth0__mutmut_5 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_6'] = x_no_ipv6_on_eth0__mutmut_6 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_7'] = x_no_ipv6_on_eth0__mutmut_7 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_8'] = x_no_ipv6_on_eth0__mutmut_8 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_9'] = x_no_ipv6_on_eth0__mutmut_9 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_10'] = x_no_ipv6_on_eth0__mutmut_10 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_11'] = x_no_ipv6_on_eth0__mutmut_11 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_12'] = x_no_ipv6_on_eth0__mutmut_12 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_13'] = x_no_ipv6_on_eth0__mutmut_13 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_14'] = x_no_ipv6_on_eth0__mutmut_14 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_15'] = x_no_ipv6_on_eth0__mutmut_15 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_16'] = x_no_ipv6_on_eth0__mutmut_16 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_17'] = x_no_ipv6_on_eth0__mutmut_17 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_18'] = x_no_ipv6_on_eth0__mutmut_18 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_19'] = x_no_ipv6_on_eth0__mutmut_19 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_20'] = x_no_ipv6_on_eth0__mutmut_20 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_21'] = x_no_ipv6_on_eth0__mutmut_21 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_22'] = x_no_ipv6_on_eth0__mutmut_22 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_23'] = x_no_ipv6_on_eth0__mutmut_23 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_24'] = x_no_ipv6_on_eth0__mutmut_24 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_25'] = x_no_ipv6_on_eth0__mutmut_25 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_26'] = x_no_ipv6_on_eth0__mutmut_26 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_27'] = x_no_ipv6_on_eth0__mutmut_27 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_28'] = x_no_ipv6_on_eth0__mutmut_28 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_29'] = x_no_ipv6_on_eth0__mutmut_29 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_30'] = x_no_ipv6_on_eth0__mutmut_30 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_31'] = x_no_ipv6_on_eth0__mutmut_31 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_32'] = x_no_ipv6_on_eth0__mutmut_32 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_33'] = x_no_ipv6_on_eth0__mutmut_33 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_34'] = x_no_ipv6_on_eth0__mutmut_34 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_35'] = x_no_ipv6_on_eth0__mutmut_35 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_36'] = x_no_ipv6_on_eth0__mutmut_36 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_37'] = x_no_ipv6_on_eth0__mutmut_37 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_38'] = x_no_ipv6_on_eth0__mutmut_38 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_39'] = x_no_ipv6_on_eth0__mutmut_39 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_40'] = x_no_ipv6_on_eth0__mutmut_40 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_41'] = x_no_ipv6_on_eth0__mutmut_41 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_42'] = x_no_ipv6_on_eth0__mutmut_42 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_43'] = x_no_ipv6_on_eth0__mutmut_43 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_44'] = x_no_ipv6_on_eth0__mutmut_44 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_45'] = x_no_ipv6_on_eth0__mutmut_45 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_46'] = x_no_ipv6_on_eth0__mutmut_46 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_47'] = x_no_ipv6_on_eth0__mutmut_47 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_48'] = x_no_ipv6_on_eth0__mutmut_48 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_49'] = x_no_ipv6_on_eth0__mutmut_49 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_50'] = x_no_ipv6_on_eth0__mutmut_50 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_51'] = x_no_ipv6_on_eth0__mutmut_51 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_52'] = x_no_ipv6_on_eth0__mutmut_52 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_53'] = x_no_ipv6_on_eth0__mutmut_53 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_54'] = x_no_ipv6_on_eth0__mutmut_54 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_55'] = x_no_ipv6_on_eth0__mutmut_55 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_56'] = x_no_ipv6_on_eth0__mutmut_56 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_57'] = x_no_ipv6_on_eth0__mutmut_57 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_58'] = x_no_ipv6_on_eth0__mutmut_58 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_59'] = x_no_ipv6_on_eth0__mutmut_59 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_60'] = x_no_ipv6_on_eth0__mutmut_60 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_61'] = x_no_ipv6_on_eth0__mutmut_61 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_62'] = x_no_ipv6_on_eth0__mutmut_62 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_63'] = x_no_ipv6_on_eth0__mutmut_63 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_64'] = x_no_ipv6_on_eth0__mutmut_64 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_65'] = x_no_ipv6_on_eth0__mutmut_65 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_66'] = x_no_ipv6_on_eth0__mutmut_66 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_67'] = x_no_ipv6_on_eth0__mutmut_67 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_68'] = x_no_ipv6_on_eth0__mutmut_68 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_69'] = x_no_ipv6_on_eth0__mutmut_69 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_70'] = x_no_ipv6_on_eth0__mutmut_70 # type: ignore # mutmut generated
mutants_x_no_ipv6_on_eth0__mutmut['x_no_ipv6_on_eth0__mutmut_71'] = x_no_ipv6_on_eth0__mutmut_71 # type: ignore # mutmut generated


claim("D-V6OFF-1", observes="user_bridges", part="files")(no_ipv6_on_eth0)
mutants_x_ipv6_default_bridge__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ipv6_default_bridge__mutmut)
def ipv6_default_bridge(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_orig(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_1(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = None
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_2(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(None)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_3(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = None
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_4(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is not None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_5(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect(None, "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_6(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", None, "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_7(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", None)
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_8(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_9(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_10(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", )
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_11(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("XXdefault_bridge_ipv6_subnetXX", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_12(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("DEFAULT_BRIDGE_IPV6_SUBNET", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_13(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "XXipv6.default_bridgeXX", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_14(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "IPV6.DEFAULT_BRIDGE", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_15(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "XXXX")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_16(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable(None)
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_17(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("XXdefault_bridge_has_no_ipv6_engineXX")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_18(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("DEFAULT_BRIDGE_HAS_NO_IPV6_ENGINE")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_19(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        None,
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_20(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        None,
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_21(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        None,
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_22(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_23(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_24(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_25(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "XXdefault_bridge_ipv6_subnetXX",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_26(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "DEFAULT_BRIDGE_IPV6_SUBNET",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_27(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "XXipv6.default_bridgeXX",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_28(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "IPV6.DEFAULT_BRIDGE",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_29(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen(None, bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_30(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", None),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_31(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen(bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_32(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", ),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_33(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("XXthe default bridge's IPv6 subnetXX", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_34(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's ipv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_35(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("THE DEFAULT BRIDGE'S IPV6 SUBNET", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_36(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = None
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_37(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(None)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_38(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = None
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_39(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway and str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_40(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(None)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_41(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address - 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_42(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 2)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_43(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = None
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_44(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact(None, gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_45(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", None, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_46(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, None)
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_47(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact(gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_48(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_49(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, )
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_50(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("XXdocker0_holds_prefix_gatewayXX", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_51(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("DOCKER0_HOLDS_PREFIX_GATEWAY", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_52(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if (gateway in held) and False else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_53(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if (gateway in held) or True else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_54(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway not in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_55(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(None))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_56(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact(None, True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_57(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", None, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_58(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, None)
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_59(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact(True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_60(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_61(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, )
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_62(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("XXdocker0_has_link_local_addressXX", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_63(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("DOCKER0_HAS_LINK_LOCAL_ADDRESS", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_64(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", False, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_65(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(None))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_66(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope != "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_67(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "XXlinkXX" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_68(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "LINK" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_69(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = None
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_70(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope != "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_71(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "XXglobalXX"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_72(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "GLOBAL"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_73(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        None,
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_74(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        None,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_75(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        None,
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_76(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_77(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_78(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_79(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "XXd6_eth0_address_in_prefixXX",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_80(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "D6_ETH0_ADDRESS_IN_PREFIX",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_81(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        False,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_82(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) or all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_83(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(None) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_84(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(None),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_85(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(None) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_86(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) not in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_87(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        None, f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_88(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", None
    )


def x_ipv6_default_bridge__mutmut_89(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_90(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", )


def x_ipv6_default_bridge__mutmut_91(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "XXdocker0 and d6 (IPv6)XX", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_92(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (ipv6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_93(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "DOCKER0 AND D6 (IPV6)", f"docker0: {sorted(held)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )


def x_ipv6_default_bridge__mutmut_94(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """The default bridge with IPv6 configured (`ipv6`, `fixed-cidr-v6`) carries it as documented.

    Documented: the default bridge's IPv6 subnet: {ipv6.default_bridge} (none by default); when set,
        docker0 holds the prefix's gateway and a link-local address, and its containers get addresses
        from the prefix
    Ko documented: 기본 브리지의 IPv6 서브넷: {ipv6.default_bridge} (기본값은 없음); 설정되면 docker0가
        프리픽스의 게이트웨이와 링크 로컬 주소를 갖고, 그 컨테이너들은 프리픽스에서 주소를 받는다
    By hand: docker network inspect bridge --format '{{.EnableIPv6}} {{json .IPAM.Config}}';
        ip -6 addr show docker0; docker run --rm busybox ip -6 addr show eth0
    Title: The default bridge's IPv6, as configured
    Ko: IPv6가 설정된(ipv6, fixed-cidr-v6) 기본 브리지는 문서대로 IPv6를 나른다.
    Ko title: 설정된 대로의 기본 브리지 IPv6
    """
    v6 = ipv6_observed(v6)
    bridge = v6.default_bridge
    if bridge is None:
        if profile.ipv6.default_bridge:
            j.expect("default_bridge_ipv6_subnet", "ipv6.default_bridge", "")
            return
        raise Unobservable("default_bridge_has_no_ipv6_engine")
    j.expect(
        "default_bridge_ipv6_subnet",
        "ipv6.default_bridge",
        seen("the default bridge's IPv6 subnet", bridge.subnet),
    )
    net = ipaddress.IPv6Network(bridge.subnet)
    gateway = bridge.gateway or str(net.network_address + 1)
    held = {a.address for a in bridge.bridge}
    j.fact("docker0_holds_prefix_gateway", gateway, gateway if gateway in held else sorted(held))
    j.fact("docker0_has_link_local_address", True, any(a.scope == "link" for a in bridge.bridge))
    inside = [a.address for a in bridge.container if a.scope == "global"]
    j.fact(
        "d6_eth0_address_in_prefix",
        True,
        bool(inside) and all(ipaddress.ip_address(a) in net for a in inside),
    )
    j.attach(
        "docker0 and d6 (IPv6)", f"docker0: {sorted(None)}\nd6 eth0: {[a.cidr for a in bridge.container]}"
    )

mutants_x_ipv6_default_bridge__mutmut['_mutmut_orig'] = x_ipv6_default_bridge__mutmut_orig # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_1'] = x_ipv6_default_bridge__mutmut_1 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_2'] = x_ipv6_default_bridge__mutmut_2 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_3'] = x_ipv6_default_bridge__mutmut_3 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_4'] = x_ipv6_default_bridge__mutmut_4 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_5'] = x_ipv6_default_bridge__mutmut_5 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_6'] = x_ipv6_default_bridge__mutmut_6 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_7'] = x_ipv6_default_bridge__mutmut_7 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_8'] = x_ipv6_default_bridge__mutmut_8 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_9'] = x_ipv6_default_bridge__mutmut_9 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_10'] = x_ipv6_default_bridge__mutmut_10 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_11'] = x_ipv6_default_bridge__mutmut_11 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_12'] = x_ipv6_default_bridge__mutmut_12 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_13'] = x_ipv6_default_bridge__mutmut_13 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_14'] = x_ipv6_default_bridge__mutmut_14 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_15'] = x_ipv6_default_bridge__mutmut_15 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_16'] = x_ipv6_default_bridge__mutmut_16 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_17'] = x_ipv6_default_bridge__mutmut_17 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_18'] = x_ipv6_default_bridge__mutmut_18 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_19'] = x_ipv6_default_bridge__mutmut_19 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_20'] = x_ipv6_default_bridge__mutmut_20 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_21'] = x_ipv6_default_bridge__mutmut_21 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_22'] = x_ipv6_default_bridge__mutmut_22 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_23'] = x_ipv6_default_bridge__mutmut_23 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_24'] = x_ipv6_default_bridge__mutmut_24 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_25'] = x_ipv6_default_bridge__mutmut_25 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_26'] = x_ipv6_default_bridge__mutmut_26 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_27'] = x_ipv6_default_bridge__mutmut_27 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_28'] = x_ipv6_default_bridge__mutmut_28 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_29'] = x_ipv6_default_bridge__mutmut_29 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_30'] = x_ipv6_default_bridge__mutmut_30 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_31'] = x_ipv6_default_bridge__mutmut_31 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_32'] = x_ipv6_default_bridge__mutmut_32 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_33'] = x_ipv6_default_bridge__mutmut_33 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_34'] = x_ipv6_default_bridge__mutmut_34 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_35'] = x_ipv6_default_bridge__mutmut_35 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_36'] = x_ipv6_default_bridge__mutmut_36 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_37'] = x_ipv6_default_bridge__mutmut_37 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_38'] = x_ipv6_default_bridge__mutmut_38 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_39'] = x_ipv6_default_bridge__mutmut_39 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_40'] = x_ipv6_default_bridge__mutmut_40 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_41'] = x_ipv6_default_bridge__mutmut_41 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_42'] = x_ipv6_default_bridge__mutmut_42 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_43'] = x_ipv6_default_bridge__mutmut_43 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_44'] = x_ipv6_default_bridge__mutmut_44 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_45'] = x_ipv6_default_bridge__mutmut_45 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_46'] = x_ipv6_default_bridge__mutmut_46 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_47'] = x_ipv6_default_bridge__mutmut_47 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_48'] = x_ipv6_default_bridge__mutmut_48 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_49'] = x_ipv6_default_bridge__mutmut_49 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_50'] = x_ipv6_default_bridge__mutmut_50 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_51'] = x_ipv6_default_bridge__mutmut_51 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_52'] = x_ipv6_default_bridge__mutmut_52 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_53'] = x_ipv6_default_bridge__mutmut_53 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_54'] = x_ipv6_default_bridge__mutmut_54 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_55'] = x_ipv6_default_bridge__mutmut_55 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_56'] = x_ipv6_default_bridge__mutmut_56 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_57'] = x_ipv6_default_bridge__mutmut_57 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_58'] = x_ipv6_default_bridge__mutmut_58 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_59'] = x_ipv6_default_bridge__mutmut_59 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_60'] = x_ipv6_default_bridge__mutmut_60 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_61'] = x_ipv6_default_bridge__mutmut_61 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_62'] = x_ipv6_default_bridge__mutmut_62 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_63'] = x_ipv6_default_bridge__mutmut_63 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_64'] = x_ipv6_default_bridge__mutmut_64 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_65'] = x_ipv6_default_bridge__mutmut_65 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_66'] = x_ipv6_default_bridge__mutmut_66 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_67'] = x_ipv6_default_bridge__mutmut_67 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_68'] = x_ipv6_default_bridge__mutmut_68 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_69'] = x_ipv6_default_bridge__mutmut_69 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_70'] = x_ipv6_default_bridge__mutmut_70 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_71'] = x_ipv6_default_bridge__mutmut_71 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_72'] = x_ipv6_default_bridge__mutmut_72 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_73'] = x_ipv6_default_bridge__mutmut_73 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_74'] = x_ipv6_default_bridge__mutmut_74 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_75'] = x_ipv6_default_bridge__mutmut_75 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_76'] = x_ipv6_default_bridge__mutmut_76 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_77'] = x_ipv6_default_bridge__mutmut_77 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_78'] = x_ipv6_default_bridge__mutmut_78 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_79'] = x_ipv6_default_bridge__mutmut_79 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_80'] = x_ipv6_default_bridge__mutmut_80 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_81'] = x_ipv6_default_bridge__mutmut_81 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_82'] = x_ipv6_default_bridge__mutmut_82 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_83'] = x_ipv6_default_bridge__mutmut_83 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_84'] = x_ipv6_default_bridge__mutmut_84 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_85'] = x_ipv6_default_bridge__mutmut_85 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_86'] = x_ipv6_default_bridge__mutmut_86 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_87'] = x_ipv6_default_bridge__mutmut_87 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_88'] = x_ipv6_default_bridge__mutmut_88 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_89'] = x_ipv6_default_bridge__mutmut_89 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_90'] = x_ipv6_default_bridge__mutmut_90 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_91'] = x_ipv6_default_bridge__mutmut_91 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_92'] = x_ipv6_default_bridge__mutmut_92 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_93'] = x_ipv6_default_bridge__mutmut_93 # type: ignore # mutmut generated
mutants_x_ipv6_default_bridge__mutmut['x_ipv6_default_bridge__mutmut_94'] = x_ipv6_default_bridge__mutmut_94 # type: ignore # mutmut generated


claim("D-V6-6", observes="ipv6")(ipv6_default_bridge)
mutants_x_ipv6_automatic_subnet__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ipv6_automatic_subnet__mutmut)
def ipv6_automatic_subnet(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_orig(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_1(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = None
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_2(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(None)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_3(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = None
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_4(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if (v6.auto_network) and False else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_5(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if (v6.auto_network) or True else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_6(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(None, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_7(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, None) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_8(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_9(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, ) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_10(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 7) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_11(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect(None, "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_12(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", None, "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_13(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", None)
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_14(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_15(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_16(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", )
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_17(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("XXipv6_with_no_subnetXX", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_18(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("IPV6_WITH_NO_SUBNET", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_19(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "XXipv6.auto_subnetXX", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_20(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "IPV6.AUTO_SUBNET", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_21(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if (v6.auto_network) and False else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_22(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if (v6.auto_network) or True else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_23(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "XXulaXX" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_24(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ULA" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_25(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "XXrefusedXX")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_26(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "REFUSED")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_27(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = None
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_28(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network(None)
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_29(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("XXfd00::/8XX")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_30(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("FD00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_31(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            None,
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_32(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            None,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_33(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            None,
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_34(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_35(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_36(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_37(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "XXipv6_subnet_64_inside_fd00_8XX",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_38(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "IPV6_SUBNET_64_INSIDE_FD00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_39(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            False,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_40(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64 or ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_41(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1 or ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_42(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) != 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_43(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 2
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_44(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(None).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_45(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[1]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_46(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen != 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_47(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 65
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_48(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(None),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_49(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(None).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_50(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[1]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_51(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach(None, str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_52(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", None)
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_53(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach(str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_54(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", )
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_55(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("XXIPAM (inspect)XX", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_56(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("ipam (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_57(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (INSPECT)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_58(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(None))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_59(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            None,
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_60(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            None,
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_61(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            None,
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_62(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=None,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_63(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_64(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_65(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_66(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_67(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "XXengine_wordsXX",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_68(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "ENGINE_WORDS",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_69(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "XXipv6.auto_refusedXX",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_70(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "IPV6.AUTO_REFUSED",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_71(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused not in v6.auto_refused,
        )
        j.attach("the engine's refusal", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_72(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach(None, v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_73(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", None)


def x_ipv6_automatic_subnet__mutmut_74(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach(v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_75(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("the engine's refusal", )


def x_ipv6_automatic_subnet__mutmut_76(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("XXthe engine's refusalXX", v6.auto_refused)


def x_ipv6_automatic_subnet__mutmut_77(j: Judgement, v6: Ipv6Observation, profile: Profile) -> None:
    """`--ipv6` without a subnet: from 27.0 the network gets an automatic ULA /64; before 27.0 the engine
    refuses and says why.

    Documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: a /64 inside fd00::/8; refused:
        the engine says why)
    Ko documented: docker network create --ipv6 NAME: {ipv6.auto_subnet} (ula: fd00::/8 안의 /64; refused:
        엔진이 이유를 말한다)
    By hand: docker network create --ipv6 v6auto;
        docker network inspect v6auto --format '{{json .IPAM.Config}}'
    Title: --ipv6 without a subnet: {ipv6.auto_subnet}
    Ko: 서브넷 없는 --ipv6: 27.0부터는 자동 ULA /64를 받고, 그 전에는 엔진이 거절하며 이유를 말한다.
    Ko title: 서브넷 없는 --ipv6: {ipv6.auto_subnet}
    """
    v6 = ipv6_observed(v6)
    subnets = ipam_subnets(v6.auto_network, 6) if v6.auto_network else ()
    j.expect("ipv6_with_no_subnet", "ipv6.auto_subnet", "ula" if v6.auto_network else "refused")
    if v6.auto_network:
        ula = ipaddress.IPv6Network("fd00::/8")
        j.fact(
            "ipv6_subnet_64_inside_fd00_8",
            True,
            len(subnets) == 1
            and ipaddress.IPv6Network(subnets[0]).prefixlen == 64
            and ipaddress.IPv6Network(subnets[0]).subnet_of(ula),
        )
        j.attach("IPAM (inspect)", str(subnets))
    else:
        j.expect(
            "engine_words",
            "ipv6.auto_refused",
            v6.auto_refused.strip(),
            holds=profile.ipv6.auto_refused in v6.auto_refused,
        )
        j.attach("THE ENGINE'S REFUSAL", v6.auto_refused)

mutants_x_ipv6_automatic_subnet__mutmut['_mutmut_orig'] = x_ipv6_automatic_subnet__mutmut_orig # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_1'] = x_ipv6_automatic_subnet__mutmut_1 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_2'] = x_ipv6_automatic_subnet__mutmut_2 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_3'] = x_ipv6_automatic_subnet__mutmut_3 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_4'] = x_ipv6_automatic_subnet__mutmut_4 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_5'] = x_ipv6_automatic_subnet__mutmut_5 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_6'] = x_ipv6_automatic_subnet__mutmut_6 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_7'] = x_ipv6_automatic_subnet__mutmut_7 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_8'] = x_ipv6_automatic_subnet__mutmut_8 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_9'] = x_ipv6_automatic_subnet__mutmut_9 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_10'] = x_ipv6_automatic_subnet__mutmut_10 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_11'] = x_ipv6_automatic_subnet__mutmut_11 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_12'] = x_ipv6_automatic_subnet__mutmut_12 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_13'] = x_ipv6_automatic_subnet__mutmut_13 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_14'] = x_ipv6_automatic_subnet__mutmut_14 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_15'] = x_ipv6_automatic_subnet__mutmut_15 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_16'] = x_ipv6_automatic_subnet__mutmut_16 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_17'] = x_ipv6_automatic_subnet__mutmut_17 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_18'] = x_ipv6_automatic_subnet__mutmut_18 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_19'] = x_ipv6_automatic_subnet__mutmut_19 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_20'] = x_ipv6_automatic_subnet__mutmut_20 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_21'] = x_ipv6_automatic_subnet__mutmut_21 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_22'] = x_ipv6_automatic_subnet__mutmut_22 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_23'] = x_ipv6_automatic_subnet__mutmut_23 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_24'] = x_ipv6_automatic_subnet__mutmut_24 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_25'] = x_ipv6_automatic_subnet__mutmut_25 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_26'] = x_ipv6_automatic_subnet__mutmut_26 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_27'] = x_ipv6_automatic_subnet__mutmut_27 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_28'] = x_ipv6_automatic_subnet__mutmut_28 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_29'] = x_ipv6_automatic_subnet__mutmut_29 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_30'] = x_ipv6_automatic_subnet__mutmut_30 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_31'] = x_ipv6_automatic_subnet__mutmut_31 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_32'] = x_ipv6_automatic_subnet__mutmut_32 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_33'] = x_ipv6_automatic_subnet__mutmut_33 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_34'] = x_ipv6_automatic_subnet__mutmut_34 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_35'] = x_ipv6_automatic_subnet__mutmut_35 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_36'] = x_ipv6_automatic_subnet__mutmut_36 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_37'] = x_ipv6_automatic_subnet__mutmut_37 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_38'] = x_ipv6_automatic_subnet__mutmut_38 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_39'] = x_ipv6_automatic_subnet__mutmut_39 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_40'] = x_ipv6_automatic_subnet__mutmut_40 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_41'] = x_ipv6_automatic_subnet__mutmut_41 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_42'] = x_ipv6_automatic_subnet__mutmut_42 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_43'] = x_ipv6_automatic_subnet__mutmut_43 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_44'] = x_ipv6_automatic_subnet__mutmut_44 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_45'] = x_ipv6_automatic_subnet__mutmut_45 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_46'] = x_ipv6_automatic_subnet__mutmut_46 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_47'] = x_ipv6_automatic_subnet__mutmut_47 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_48'] = x_ipv6_automatic_subnet__mutmut_48 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_49'] = x_ipv6_automatic_subnet__mutmut_49 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_50'] = x_ipv6_automatic_subnet__mutmut_50 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_51'] = x_ipv6_automatic_subnet__mutmut_51 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_52'] = x_ipv6_automatic_subnet__mutmut_52 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_53'] = x_ipv6_automatic_subnet__mutmut_53 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_54'] = x_ipv6_automatic_subnet__mutmut_54 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_55'] = x_ipv6_automatic_subnet__mutmut_55 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_56'] = x_ipv6_automatic_subnet__mutmut_56 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_57'] = x_ipv6_automatic_subnet__mutmut_57 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_58'] = x_ipv6_automatic_subnet__mutmut_58 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_59'] = x_ipv6_automatic_subnet__mutmut_59 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_60'] = x_ipv6_automatic_subnet__mutmut_60 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_61'] = x_ipv6_automatic_subnet__mutmut_61 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_62'] = x_ipv6_automatic_subnet__mutmut_62 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_63'] = x_ipv6_automatic_subnet__mutmut_63 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_64'] = x_ipv6_automatic_subnet__mutmut_64 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_65'] = x_ipv6_automatic_subnet__mutmut_65 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_66'] = x_ipv6_automatic_subnet__mutmut_66 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_67'] = x_ipv6_automatic_subnet__mutmut_67 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_68'] = x_ipv6_automatic_subnet__mutmut_68 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_69'] = x_ipv6_automatic_subnet__mutmut_69 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_70'] = x_ipv6_automatic_subnet__mutmut_70 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_71'] = x_ipv6_automatic_subnet__mutmut_71 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_72'] = x_ipv6_automatic_subnet__mutmut_72 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_73'] = x_ipv6_automatic_subnet__mutmut_73 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_74'] = x_ipv6_automatic_subnet__mutmut_74 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_75'] = x_ipv6_automatic_subnet__mutmut_75 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_76'] = x_ipv6_automatic_subnet__mutmut_76 # type: ignore # mutmut generated
mutants_x_ipv6_automatic_subnet__mutmut['x_ipv6_automatic_subnet__mutmut_77'] = x_ipv6_automatic_subnet__mutmut_77 # type: ignore # mutmut generated


claim("D-V6-7", observes="ipv6")(ipv6_automatic_subnet)
