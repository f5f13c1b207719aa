"""D-V6OFF-1: on an IPv4-only network a container's eth0 has no IPv6 address."""

from __future__ import annotations

from conformance.judges.files import bridge_files
from conformance.model.scenarios import UserBridges
from conformance.profile import Profile
from conformance.registry import claim
from conformance.verdict import Judgement, Unobservable


@claim("D-V6OFF-1", observes="user_bridges", part="files")
def no_ipv6_on_eth0(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """In an IPv4-only network a container's eth0 has no IPv6 address (engine-version dependent).

    Documented: eth0's IPv6 address scopes: {container.eth0_ipv6} (none: not even fe80);
        net.ipv6.conf.eth0.disable_ipv6={container.eth0_disable_ipv6}; lo keeps {container.lo_ipv6}
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 ip addr;
        docker exec d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
    Title: No IPv6 on eth0 in an IPv4-only network
    Ko: IPv4 전용 네트워크에서 컨테이너의 eth0에는 IPv6 주소가 없다(엔진 버전에 따라 다름).
    Ko title: IPv4 전용 네트워크에서 eth0에 IPv6가 없다
    """
    files = bridge_files(ubr)
    if files.netns is None:
        raise Unobservable("d1's namespace was not entered (no CAP_SYS_ADMIN)")
    eth0, lo = files.netns.interface(profile.container.device), files.netns.interface("lo")
    j.expect(
        "eth0's IPv6 address scopes",
        "container.eth0_ipv6",
        tuple(sorted(a.scope for a in eth0.addresses6)) if eth0 else None,
    )
    j.expect("eth0 disable_ipv6", "container.eth0_disable_ipv6", files.disable_ipv6.output.strip())
    j.expect("lo's IPv6 addresses", "container.lo_ipv6", tuple(a.cidr for a in lo.addresses6) if lo else None)
    j.attach("d1's namespace (netlink)", files.netns.dump())
    j.attach(files.disable_ipv6.command, files.disable_ipv6.output)
