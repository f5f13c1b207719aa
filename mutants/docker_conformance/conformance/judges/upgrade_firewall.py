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
mutants_x_docker_user_rules_kept__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_docker_user_rules_kept__mutmut)
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


def x_docker_user_rules_kept__mutmut_orig(j: Judgement, u: Upgrade, profile: Profile) -> None:
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


def x_docker_user_rules_kept__mutmut_1(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if u.before.unread and u.after.unread:
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


def x_docker_user_rules_kept__mutmut_2(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable(None, why=u.before.unread or u.after.unread)
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


def x_docker_user_rules_kept__mutmut_3(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("upgrade_filter_unread", why=None)
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


def x_docker_user_rules_kept__mutmut_4(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable(why=u.before.unread or u.after.unread)
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


def x_docker_user_rules_kept__mutmut_5(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("upgrade_filter_unread", )
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


def x_docker_user_rules_kept__mutmut_6(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("XXupgrade_filter_unreadXX", why=u.before.unread or u.after.unread)
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


def x_docker_user_rules_kept__mutmut_7(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("UPGRADE_FILTER_UNREAD", why=u.before.unread or u.after.unread)
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


def x_docker_user_rules_kept__mutmut_8(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("upgrade_filter_unread", why=u.before.unread and u.after.unread)
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


def x_docker_user_rules_kept__mutmut_9(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if DOCKER_USER_JUMP in u.before.forward:  # no DOCKER-USER to keep (nftables from the start)
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


def x_docker_user_rules_kept__mutmut_10(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable(None)
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


def x_docker_user_rules_kept__mutmut_11(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("XXupgrade_no_docker_user_beforeXX")
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


def x_docker_user_rules_kept__mutmut_12(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("UPGRADE_NO_DOCKER_USER_BEFORE")
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


def x_docker_user_rules_kept__mutmut_13(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    held = None
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


def x_docker_user_rules_kept__mutmut_14(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    held = [r for r in u.before.docker_user if r.startswith("-A ") or r != "-A DOCKER-USER -j RETURN"]
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


def x_docker_user_rules_kept__mutmut_15(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    held = [r for r in u.before.docker_user if r.startswith(None) and r != "-A DOCKER-USER -j RETURN"]
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


def x_docker_user_rules_kept__mutmut_16(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    held = [r for r in u.before.docker_user if r.startswith("XX-A XX") and r != "-A DOCKER-USER -j RETURN"]
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


def x_docker_user_rules_kept__mutmut_17(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    held = [r for r in u.before.docker_user if r.startswith("-a ") and r != "-A DOCKER-USER -j RETURN"]
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


def x_docker_user_rules_kept__mutmut_18(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    held = [r for r in u.before.docker_user if r.startswith("-A ") and r == "-A DOCKER-USER -j RETURN"]
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


def x_docker_user_rules_kept__mutmut_19(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    held = [r for r in u.before.docker_user if r.startswith("-A ") and r != "XX-A DOCKER-USER -j RETURNXX"]
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


def x_docker_user_rules_kept__mutmut_20(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    held = [r for r in u.before.docker_user if r.startswith("-A ") and r != "-a docker-user -j return"]
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


def x_docker_user_rules_kept__mutmut_21(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    held = [r for r in u.before.docker_user if r.startswith("-A ") and r != "-A DOCKER-USER -J RETURN"]
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


def x_docker_user_rules_kept__mutmut_22(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(None, held, [r for r in held if r in u.after.docker_user])
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


def x_docker_user_rules_kept__mutmut_23(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_docker_user_kept", None, [r for r in held if r in u.after.docker_user])
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


def x_docker_user_rules_kept__mutmut_24(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_docker_user_kept", held, None)
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


def x_docker_user_rules_kept__mutmut_25(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(held, [r for r in held if r in u.after.docker_user])
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


def x_docker_user_rules_kept__mutmut_26(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_docker_user_kept", [r for r in held if r in u.after.docker_user])
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


def x_docker_user_rules_kept__mutmut_27(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_docker_user_kept", held, )
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


def x_docker_user_rules_kept__mutmut_28(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("XXupgrade_docker_user_keptXX", held, [r for r in held if r in u.after.docker_user])
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


def x_docker_user_rules_kept__mutmut_29(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("UPGRADE_DOCKER_USER_KEPT", held, [r for r in held if r in u.after.docker_user])
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


def x_docker_user_rules_kept__mutmut_30(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_docker_user_kept", held, [r for r in held if r not in u.after.docker_user])
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


def x_docker_user_rules_kept__mutmut_31(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.cannot_judge(None)
    first = next((r for r in u.after.forward if r.startswith("-A FORWARD")), None)
    j.fact("upgrade_forward_first", DOCKER_USER_JUMP, first)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_32(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.cannot_judge("XXupgrade_docker_user_emptyXX")
    first = next((r for r in u.after.forward if r.startswith("-A FORWARD")), None)
    j.fact("upgrade_forward_first", DOCKER_USER_JUMP, first)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_33(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.cannot_judge("UPGRADE_DOCKER_USER_EMPTY")
    first = next((r for r in u.after.forward if r.startswith("-A FORWARD")), None)
    j.fact("upgrade_forward_first", DOCKER_USER_JUMP, first)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_34(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    first = None
    j.fact("upgrade_forward_first", DOCKER_USER_JUMP, first)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_35(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    first = next(None, None)
    j.fact("upgrade_forward_first", DOCKER_USER_JUMP, first)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_36(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    first = next(None)
    j.fact("upgrade_forward_first", DOCKER_USER_JUMP, first)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_37(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    first = next((r for r in u.after.forward if r.startswith("-A FORWARD")), )
    j.fact("upgrade_forward_first", DOCKER_USER_JUMP, first)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_38(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    first = next((r for r in u.after.forward if r.startswith(None)), None)
    j.fact("upgrade_forward_first", DOCKER_USER_JUMP, first)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_39(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    first = next((r for r in u.after.forward if r.startswith("XX-A FORWARDXX")), None)
    j.fact("upgrade_forward_first", DOCKER_USER_JUMP, first)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_40(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    first = next((r for r in u.after.forward if r.startswith("-a forward")), None)
    j.fact("upgrade_forward_first", DOCKER_USER_JUMP, first)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_41(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    j.fact(None, DOCKER_USER_JUMP, first)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_42(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    j.fact("upgrade_forward_first", None, first)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_43(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    j.fact("upgrade_forward_first", DOCKER_USER_JUMP, None)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_44(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    j.fact(DOCKER_USER_JUMP, first)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_45(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    j.fact("upgrade_forward_first", first)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_46(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    j.fact("upgrade_forward_first", DOCKER_USER_JUMP, )
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_47(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    j.fact("XXupgrade_forward_firstXX", DOCKER_USER_JUMP, first)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_48(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    j.fact("UPGRADE_FORWARD_FIRST", DOCKER_USER_JUMP, first)
    blocked = [t for t in u.after.tried("rule") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_49(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    blocked = None
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_50(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    blocked = [t for t in u.after.tried(None) if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_51(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    blocked = [t for t in u.after.tried("XXruleXX") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_52(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    blocked = [t for t in u.after.tried("RULE") if t.sent]
    before = u.before.tried("rule")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_53(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    before = None
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_54(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    before = u.before.tried(None)
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_55(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    before = u.before.tried("XXruleXX")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_56(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    before = u.before.tried("RULE")
    if blocked and before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_57(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if blocked and before or not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_58(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if blocked or before and not any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_59(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if blocked and before and any(t.ok for t in before):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_60(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if blocked and before and not any(None):
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_61(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(None, "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_62(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_rule_still_rejects", None, "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_63(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_rule_still_rejects", "blocked", None)
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_64(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_65(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_rule_still_rejects", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_66(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_rule_still_rejects", "blocked", )
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_67(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("XXupgrade_rule_still_rejectsXX", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_68(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("UPGRADE_RULE_STILL_REJECTS", "blocked", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_69(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_rule_still_rejects", "XXblockedXX", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_70(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_rule_still_rejects", "BLOCKED", "reached" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_71(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if (blocked[0].ok) and False else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_72(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if (blocked[0].ok) or True else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_73(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_rule_still_rejects", "blocked", "XXreachedXX" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_74(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_rule_still_rejects", "blocked", "REACHED" if blocked[0].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_75(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[1].ok else "blocked")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_76(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "XXblockedXX")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_77(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_rule_still_rejects", "blocked", "reached" if blocked[0].ok else "BLOCKED")
    else:  # not tried, the probe could not act, or the rule did not reject even before
        j.cannot_judge("upgrade_rule_not_tried")


def x_docker_user_rules_kept__mutmut_78(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.cannot_judge(None)


def x_docker_user_rules_kept__mutmut_79(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.cannot_judge("XXupgrade_rule_not_triedXX")


def x_docker_user_rules_kept__mutmut_80(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.cannot_judge("UPGRADE_RULE_NOT_TRIED")

mutants_x_docker_user_rules_kept__mutmut['_mutmut_orig'] = x_docker_user_rules_kept__mutmut_orig # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_1'] = x_docker_user_rules_kept__mutmut_1 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_2'] = x_docker_user_rules_kept__mutmut_2 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_3'] = x_docker_user_rules_kept__mutmut_3 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_4'] = x_docker_user_rules_kept__mutmut_4 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_5'] = x_docker_user_rules_kept__mutmut_5 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_6'] = x_docker_user_rules_kept__mutmut_6 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_7'] = x_docker_user_rules_kept__mutmut_7 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_8'] = x_docker_user_rules_kept__mutmut_8 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_9'] = x_docker_user_rules_kept__mutmut_9 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_10'] = x_docker_user_rules_kept__mutmut_10 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_11'] = x_docker_user_rules_kept__mutmut_11 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_12'] = x_docker_user_rules_kept__mutmut_12 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_13'] = x_docker_user_rules_kept__mutmut_13 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_14'] = x_docker_user_rules_kept__mutmut_14 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_15'] = x_docker_user_rules_kept__mutmut_15 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_16'] = x_docker_user_rules_kept__mutmut_16 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_17'] = x_docker_user_rules_kept__mutmut_17 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_18'] = x_docker_user_rules_kept__mutmut_18 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_19'] = x_docker_user_rules_kept__mutmut_19 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_20'] = x_docker_user_rules_kept__mutmut_20 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_21'] = x_docker_user_rules_kept__mutmut_21 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_22'] = x_docker_user_rules_kept__mutmut_22 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_23'] = x_docker_user_rules_kept__mutmut_23 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_24'] = x_docker_user_rules_kept__mutmut_24 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_25'] = x_docker_user_rules_kept__mutmut_25 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_26'] = x_docker_user_rules_kept__mutmut_26 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_27'] = x_docker_user_rules_kept__mutmut_27 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_28'] = x_docker_user_rules_kept__mutmut_28 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_29'] = x_docker_user_rules_kept__mutmut_29 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_30'] = x_docker_user_rules_kept__mutmut_30 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_31'] = x_docker_user_rules_kept__mutmut_31 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_32'] = x_docker_user_rules_kept__mutmut_32 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_33'] = x_docker_user_rules_kept__mutmut_33 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_34'] = x_docker_user_rules_kept__mutmut_34 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_35'] = x_docker_user_rules_kept__mutmut_35 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_36'] = x_docker_user_rules_kept__mutmut_36 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_37'] = x_docker_user_rules_kept__mutmut_37 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_38'] = x_docker_user_rules_kept__mutmut_38 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_39'] = x_docker_user_rules_kept__mutmut_39 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_40'] = x_docker_user_rules_kept__mutmut_40 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_41'] = x_docker_user_rules_kept__mutmut_41 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_42'] = x_docker_user_rules_kept__mutmut_42 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_43'] = x_docker_user_rules_kept__mutmut_43 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_44'] = x_docker_user_rules_kept__mutmut_44 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_45'] = x_docker_user_rules_kept__mutmut_45 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_46'] = x_docker_user_rules_kept__mutmut_46 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_47'] = x_docker_user_rules_kept__mutmut_47 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_48'] = x_docker_user_rules_kept__mutmut_48 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_49'] = x_docker_user_rules_kept__mutmut_49 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_50'] = x_docker_user_rules_kept__mutmut_50 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_51'] = x_docker_user_rules_kept__mutmut_51 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_52'] = x_docker_user_rules_kept__mutmut_52 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_53'] = x_docker_user_rules_kept__mutmut_53 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_54'] = x_docker_user_rules_kept__mutmut_54 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_55'] = x_docker_user_rules_kept__mutmut_55 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_56'] = x_docker_user_rules_kept__mutmut_56 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_57'] = x_docker_user_rules_kept__mutmut_57 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_58'] = x_docker_user_rules_kept__mutmut_58 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_59'] = x_docker_user_rules_kept__mutmut_59 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_60'] = x_docker_user_rules_kept__mutmut_60 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_61'] = x_docker_user_rules_kept__mutmut_61 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_62'] = x_docker_user_rules_kept__mutmut_62 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_63'] = x_docker_user_rules_kept__mutmut_63 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_64'] = x_docker_user_rules_kept__mutmut_64 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_65'] = x_docker_user_rules_kept__mutmut_65 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_66'] = x_docker_user_rules_kept__mutmut_66 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_67'] = x_docker_user_rules_kept__mutmut_67 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_68'] = x_docker_user_rules_kept__mutmut_68 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_69'] = x_docker_user_rules_kept__mutmut_69 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_70'] = x_docker_user_rules_kept__mutmut_70 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_71'] = x_docker_user_rules_kept__mutmut_71 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_72'] = x_docker_user_rules_kept__mutmut_72 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_73'] = x_docker_user_rules_kept__mutmut_73 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_74'] = x_docker_user_rules_kept__mutmut_74 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_75'] = x_docker_user_rules_kept__mutmut_75 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_76'] = x_docker_user_rules_kept__mutmut_76 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_77'] = x_docker_user_rules_kept__mutmut_77 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_78'] = x_docker_user_rules_kept__mutmut_78 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_79'] = x_docker_user_rules_kept__mutmut_79 # type: ignore # mutmut generated
mutants_x_docker_user_rules_kept__mutmut['x_docker_user_rules_kept__mutmut_80'] = x_docker_user_rules_kept__mutmut_80 # type: ignore # mutmut generated


claim("U-UFW-1", observes="upgrade")(docker_user_rules_kept)
mutants_x_other_bridge_forwards__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_other_bridge_forwards__mutmut)
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


def x_other_bridge_forwards__mutmut_orig(j: Judgement, u: Upgrade, profile: Profile) -> None:
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


def x_other_bridge_forwards__mutmut_1(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(None, u, "bridge", "upgrade_forwards")


def x_other_bridge_forwards__mutmut_2(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, None, "bridge", "upgrade_forwards")


def x_other_bridge_forwards__mutmut_3(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, None, "upgrade_forwards")


def x_other_bridge_forwards__mutmut_4(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "bridge", None)


def x_other_bridge_forwards__mutmut_5(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(u, "bridge", "upgrade_forwards")


def x_other_bridge_forwards__mutmut_6(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, "bridge", "upgrade_forwards")


def x_other_bridge_forwards__mutmut_7(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "upgrade_forwards")


def x_other_bridge_forwards__mutmut_8(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "bridge", )


def x_other_bridge_forwards__mutmut_9(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "XXbridgeXX", "upgrade_forwards")


def x_other_bridge_forwards__mutmut_10(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "BRIDGE", "upgrade_forwards")


def x_other_bridge_forwards__mutmut_11(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "bridge", "XXupgrade_forwardsXX")


def x_other_bridge_forwards__mutmut_12(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "bridge", "UPGRADE_FORWARDS")

mutants_x_other_bridge_forwards__mutmut['_mutmut_orig'] = x_other_bridge_forwards__mutmut_orig # type: ignore # mutmut generated
mutants_x_other_bridge_forwards__mutmut['x_other_bridge_forwards__mutmut_1'] = x_other_bridge_forwards__mutmut_1 # type: ignore # mutmut generated
mutants_x_other_bridge_forwards__mutmut['x_other_bridge_forwards__mutmut_2'] = x_other_bridge_forwards__mutmut_2 # type: ignore # mutmut generated
mutants_x_other_bridge_forwards__mutmut['x_other_bridge_forwards__mutmut_3'] = x_other_bridge_forwards__mutmut_3 # type: ignore # mutmut generated
mutants_x_other_bridge_forwards__mutmut['x_other_bridge_forwards__mutmut_4'] = x_other_bridge_forwards__mutmut_4 # type: ignore # mutmut generated
mutants_x_other_bridge_forwards__mutmut['x_other_bridge_forwards__mutmut_5'] = x_other_bridge_forwards__mutmut_5 # type: ignore # mutmut generated
mutants_x_other_bridge_forwards__mutmut['x_other_bridge_forwards__mutmut_6'] = x_other_bridge_forwards__mutmut_6 # type: ignore # mutmut generated
mutants_x_other_bridge_forwards__mutmut['x_other_bridge_forwards__mutmut_7'] = x_other_bridge_forwards__mutmut_7 # type: ignore # mutmut generated
mutants_x_other_bridge_forwards__mutmut['x_other_bridge_forwards__mutmut_8'] = x_other_bridge_forwards__mutmut_8 # type: ignore # mutmut generated
mutants_x_other_bridge_forwards__mutmut['x_other_bridge_forwards__mutmut_9'] = x_other_bridge_forwards__mutmut_9 # type: ignore # mutmut generated
mutants_x_other_bridge_forwards__mutmut['x_other_bridge_forwards__mutmut_10'] = x_other_bridge_forwards__mutmut_10 # type: ignore # mutmut generated
mutants_x_other_bridge_forwards__mutmut['x_other_bridge_forwards__mutmut_11'] = x_other_bridge_forwards__mutmut_11 # type: ignore # mutmut generated
mutants_x_other_bridge_forwards__mutmut['x_other_bridge_forwards__mutmut_12'] = x_other_bridge_forwards__mutmut_12 # type: ignore # mutmut generated


claim("U-UFW-2", observes="upgrade")(other_bridge_forwards)
mutants_x_routed_subnet_still_routed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_routed_subnet_still_routed__mutmut)
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


def x_routed_subnet_still_routed__mutmut_orig(j: Judgement, u: Upgrade, profile: Profile) -> None:
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


def x_routed_subnet_still_routed__mutmut_1(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(None, u, "route", "upgrade_forwards")


def x_routed_subnet_still_routed__mutmut_2(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, None, "route", "upgrade_forwards")


def x_routed_subnet_still_routed__mutmut_3(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, None, "upgrade_forwards")


def x_routed_subnet_still_routed__mutmut_4(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "route", None)


def x_routed_subnet_still_routed__mutmut_5(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(u, "route", "upgrade_forwards")


def x_routed_subnet_still_routed__mutmut_6(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, "route", "upgrade_forwards")


def x_routed_subnet_still_routed__mutmut_7(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "upgrade_forwards")


def x_routed_subnet_still_routed__mutmut_8(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "route", )


def x_routed_subnet_still_routed__mutmut_9(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "XXrouteXX", "upgrade_forwards")


def x_routed_subnet_still_routed__mutmut_10(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "ROUTE", "upgrade_forwards")


def x_routed_subnet_still_routed__mutmut_11(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "route", "XXupgrade_forwardsXX")


def x_routed_subnet_still_routed__mutmut_12(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "route", "UPGRADE_FORWARDS")

mutants_x_routed_subnet_still_routed__mutmut['_mutmut_orig'] = x_routed_subnet_still_routed__mutmut_orig # type: ignore # mutmut generated
mutants_x_routed_subnet_still_routed__mutmut['x_routed_subnet_still_routed__mutmut_1'] = x_routed_subnet_still_routed__mutmut_1 # type: ignore # mutmut generated
mutants_x_routed_subnet_still_routed__mutmut['x_routed_subnet_still_routed__mutmut_2'] = x_routed_subnet_still_routed__mutmut_2 # type: ignore # mutmut generated
mutants_x_routed_subnet_still_routed__mutmut['x_routed_subnet_still_routed__mutmut_3'] = x_routed_subnet_still_routed__mutmut_3 # type: ignore # mutmut generated
mutants_x_routed_subnet_still_routed__mutmut['x_routed_subnet_still_routed__mutmut_4'] = x_routed_subnet_still_routed__mutmut_4 # type: ignore # mutmut generated
mutants_x_routed_subnet_still_routed__mutmut['x_routed_subnet_still_routed__mutmut_5'] = x_routed_subnet_still_routed__mutmut_5 # type: ignore # mutmut generated
mutants_x_routed_subnet_still_routed__mutmut['x_routed_subnet_still_routed__mutmut_6'] = x_routed_subnet_still_routed__mutmut_6 # type: ignore # mutmut generated
mutants_x_routed_subnet_still_routed__mutmut['x_routed_subnet_still_routed__mutmut_7'] = x_routed_subnet_still_routed__mutmut_7 # type: ignore # mutmut generated
mutants_x_routed_subnet_still_routed__mutmut['x_routed_subnet_still_routed__mutmut_8'] = x_routed_subnet_still_routed__mutmut_8 # type: ignore # mutmut generated
mutants_x_routed_subnet_still_routed__mutmut['x_routed_subnet_still_routed__mutmut_9'] = x_routed_subnet_still_routed__mutmut_9 # type: ignore # mutmut generated
mutants_x_routed_subnet_still_routed__mutmut['x_routed_subnet_still_routed__mutmut_10'] = x_routed_subnet_still_routed__mutmut_10 # type: ignore # mutmut generated
mutants_x_routed_subnet_still_routed__mutmut['x_routed_subnet_still_routed__mutmut_11'] = x_routed_subnet_still_routed__mutmut_11 # type: ignore # mutmut generated
mutants_x_routed_subnet_still_routed__mutmut['x_routed_subnet_still_routed__mutmut_12'] = x_routed_subnet_still_routed__mutmut_12 # type: ignore # mutmut generated


claim("U-UFW-3", observes="upgrade")(routed_subnet_still_routed)
