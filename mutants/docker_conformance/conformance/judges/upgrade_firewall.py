"""U-UFW-*: an engine upgrade in place and the packet filter: DOCKER-USER's rules, and the other
software that forwards through this host (a bridge of its own, a routed subnet)."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement, Unobservable
from docker_conformance.conformance.judges.shared import tried_again
from docker_conformance.conformance.model.upgrade import Upgrade

family(
    __name__,
    "UFW",
    "Upgrades: the packet filter and other software",
    "업그레이드: 패킷 필터와 다른 소프트웨어",
)

DOCKER_USER_JUMP = "-A FORWARD -j DOCKER-USER"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@claim("U-UFW-1", observes="upgrade")
def docker_user_rules_kept(j: Judgement, u: Upgrade, profile: Profile) -> None:
    """The rules in DOCKER-USER, the user's and the suite's, are kept across the upgrade, FORWARD still
    sends to DOCKER-USER first, and the suite's rule still does what it did.

    Documented: every rule DOCKER-USER held before, in it after, FORWARD's jump to it first, the suite's
        REJECT still rejecting (docs.docker.com/engine/network/packet-filtering-firewalls/; moby/
        libnetwork PR 1675: Docker does not delete or modify the rules in DOCKER-USER; moby docker-v29
        iptabler/cleaner.go: a switch to the nftables backend leaves DOCKER-USER and its jump)
    Ko documented: 전에 DOCKER-USER에 있던 규칙이 모두 뒤에도 있고, FORWARD에서 그 체인으로 가는 점프가 맨
        앞이며, 스위트의 REJECT가 여전히 거절한다 (nftables 백엔드로 바꿔도 DOCKER-USER와 그 점프는 남는다)
    By hand: iptables -S DOCKER-USER; iptables -S FORWARD
    Title: DOCKER-USER's rules are kept and still come first
    Ko: DOCKER-USER의 규칙(사용자와 스위트의 것)은 업그레이드 뒤에도 남고, FORWARD는 여전히 DOCKER-USER로
        먼저
        보낸다.
    Ko title: DOCKER-USER의 규칙이 남고 여전히 먼저 적용된다
    Not applicable with: iptables=false
    """
    if u.before.unread or u.after.unread:
        raise Unobservable("upgrade_filter_unread", why=u.before.unread or u.after.unread)
    if DOCKER_USER_JUMP not in u.before.forward:  # no DOCKER-USER to keep (nftables from the start)
        raise Unobservable("upgrade_no_docker_user_before")
    held = [r for r in u.before.docker_user if r.startswith("-A ") and r != "-A DOCKER-USER -j RETURN"]
    if held:
        j.fact("upgrade_docker_user_kept", held, [r for r in held if r in u.after.docker_user])
    else:
        j.cannot_judge("upgrade_docker_user_empty")
    first = next((r for r in u.after.forward if r.startswith("-A FORWARD")), None)
    j.fact("upgrade_forward_first", DOCKER_USER_JUMP, first)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


@claim("U-UFW-2", observes="upgrade")
def other_bridge_forwards(j: Judgement, u: Upgrade, profile: Profile) -> None:
    """A Linux bridge that is not Docker's (two namespaces on it, as libvirt's guests) still forwards
    across itself after the upgrade, its ACCEPT rule in DOCKER-USER as Docker documents.

    Documented: lan1 still reaches lan2 across the suite's bridge (packet-filtering-firewalls, "Docker on
        a router": Docker sets FORWARD's policy to DROP; ACCEPT rules in DOCKER-USER let other traffic
        through; moby issue 52612)
    Ko documented: 스위트의 브리지를 건너 lan1이 여전히 lan2에 닿는다 (Docker는 FORWARD의 정책을 DROP으로
        두고,
        DOCKER-USER의 ACCEPT 규칙이 다른 트래픽을 통과시킨다; moby issue 52612)
    By hand: ip netns exec dcfu-ID-lan1 ping -c 1 <lan2's address>
    Title: The other bridge still forwards
    Ko: Docker의 것이 아닌 리눅스 브리지(libvirt의 게스트처럼 두 네임스페이스가 붙은)는 업그레이드 뒤에도
        자신을
        건너 전달한다.
    Ko title: 다른 브리지가 여전히 전달한다
    """
    tried_again(j, u, "bridge", "upgrade_forwards")


@claim("U-UFW-3", observes="upgrade")
def routed_subnet_still_routed(j: Judgement, u: Upgrade, profile: Profile) -> None:
    """A subnet routed through this host (two outsides, as a subnet router's or a VPN mesh's) is still
    routed after the upgrade, its ACCEPT rules in DOCKER-USER as Docker documents.

    Documented: the left outside still reaches the right one through this host (packet-filtering-firewalls,
        "Docker on a router"; moby issues 49498 and 49511, fixed by DOCKER-FORWARD, PR 49518)
    Ko documented: 왼쪽 바깥쪽이 이 호스트를 거쳐 여전히 오른쪽에 닿는다 ("Docker on a router"; moby issue
        49498, 49511, PR 49518의 DOCKER-FORWARD로 고침)
    By hand: ip netns exec dcfu-ID-left ping -c 1 <right's address>
    Title: The routed subnet is still routed
    Ko: 이 호스트를 거쳐 라우팅되는 서브넷(서브넷 라우터나 VPN 메시의 것처럼)은 업그레이드 뒤에도
        라우팅된다.
    Ko title: 라우팅되는 서브넷이 여전히 라우팅된다
    """
    tried_again(j, u, "route", "upgrade_forwards")
