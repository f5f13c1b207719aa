"""D-FW-*: the packet filter: DOCKER-USER first, and the rules Docker documents for its version."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.sections import OWN_TABLE
from docker_conformance.conformance.core.verdict import Judgement, Unobservable
from docker_conformance.conformance.judges.shared import evidence
from docker_conformance.conformance.model.packet_filter import PacketFilter
from docker_conformance.conformance.model.reachability import Reachability

family(__name__, "FW", "The packet filter", "패킷 필터")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__read__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__read__mutmut)
def _read(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_orig(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_1(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" or not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_2(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend != "nftables" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_3(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "XXnftablesXX" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_4(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "NFTABLES" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_5(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_6(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable(None, unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_7(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=None)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_8(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable(unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_9(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", )
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_10(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("XXengine_firewall_backend_nftables_and_tablesXX", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_11(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("ENGINE_FIREWALL_BACKEND_NFTABLES_AND_TABLES", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_12(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None or r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_13(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is not None and r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_14(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None and r.after.backend == "nftables":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_15(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "XXnftablesXX":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_16(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "NFTABLES":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def x__read__mutmut_17(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable(None, unread=r.after.unread)
    return r.after


def x__read__mutmut_18(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", unread=None)
    return r.after


def x__read__mutmut_19(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable(unread=r.after.unread)
    return r.after


def x__read__mutmut_20(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", )
    return r.after


def x__read__mutmut_21(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("XXpacket_filter_unreadXX", unread=r.after.unread)
    return r.after


def x__read__mutmut_22(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("PACKET_FILTER_UNREAD", unread=r.after.unread)
    return r.after

mutants_x__read__mutmut['_mutmut_orig'] = x__read__mutmut_orig # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_1'] = x__read__mutmut_1 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_2'] = x__read__mutmut_2 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_3'] = x__read__mutmut_3 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_4'] = x__read__mutmut_4 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_5'] = x__read__mutmut_5 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_6'] = x__read__mutmut_6 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_7'] = x__read__mutmut_7 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_8'] = x__read__mutmut_8 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_9'] = x__read__mutmut_9 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_10'] = x__read__mutmut_10 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_11'] = x__read__mutmut_11 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_12'] = x__read__mutmut_12 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_13'] = x__read__mutmut_13 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_14'] = x__read__mutmut_14 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_15'] = x__read__mutmut_15 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_16'] = x__read__mutmut_16 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_17'] = x__read__mutmut_17 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_18'] = x__read__mutmut_18 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_19'] = x__read__mutmut_19 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_20'] = x__read__mutmut_20 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_21'] = x__read__mutmut_21 # type: ignore # mutmut generated
mutants_x__read__mutmut['x__read__mutmut_22'] = x__read__mutmut_22 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_docker_user_first__mutmut)
def docker_user_first(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_orig(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_1(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = None
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_2(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(None)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_3(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        None,
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_4(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        None,
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_5(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        None,
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_6(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=None,
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_7(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_8(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_9(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_10(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_11(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "XXforward_chain_docker_user_existsXX",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_12(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "FORWARD_CHAIN_DOCKER_USER_EXISTS",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_13(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "XXreach.user_chainXX",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_14(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "REACH.USER_CHAIN",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_15(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "XXDOCKER-USERXX" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_16(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "docker-user" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_17(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" not in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_18(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains(None),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_19(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("XXfilterXX"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_20(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("FILTER"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_21(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: None,
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_22(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place != "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_23(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "XXDOCKER-USERXX",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_24(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "docker-user",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_25(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_26(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note(None)
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_27(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("XXengine_documents_no_chain_for_userXX")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_28(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("ENGINE_DOCUMENTS_NO_CHAIN_FOR_USER")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_29(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(None, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_30(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, None, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_31(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, None)
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_32(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_33(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_34(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, )
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_35(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "XXfilterXX")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_36(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "FILTER")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_37(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = None
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_38(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain != OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_39(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        None,
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_40(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        None,
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_41(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        None,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_42(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_43(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_44(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_45(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if (own_table) and False else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_46(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if (own_table) or True else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_47(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "XXsuite_rule_went_into_own_tableXX" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_48(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "SUITE_RULE_WENT_INTO_OWN_TABLE" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_49(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "XXsuite_rule_went_into_docker_userXX",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_50(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "SUITE_RULE_WENT_INTO_DOCKER_USER",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_51(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "XXXX",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_52(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_53(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge(None, line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_54(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=None)
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_55(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge(line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_56(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", )
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_57(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("XXpublished_port_does_not_answer_outsideXX", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_58(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("PUBLISHED_PORT_DOES_NOT_ANSWER_OUTSIDE", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_59(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None or r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_60(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_61(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_62(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            None, "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_63(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", None, r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_64(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", None
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_65(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_66(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_67(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_68(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "XXoutside_at_host_address_port_behindXX", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_69(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "OUTSIDE_AT_HOST_ADDRESS_PORT_BEHIND", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_70(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "XXreach.user_rule_blocksXX", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_71(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "REACH.USER_RULE_BLOCKS", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_72(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word != "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_73(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "XXblockedXX"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_74(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "BLOCKED"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_75(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact(None, True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_76(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", None, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_77(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, None)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_78(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact(True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_79(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_80(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, )
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_81(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("XXrule_counted_outside_packetsXX", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_82(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("RULE_COUNTED_OUTSIDE_PACKETS", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_83(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", False, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_84(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets >= 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_85(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 1)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_86(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact(None, "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_87(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", None, r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_88(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", None)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_89(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_90(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_91(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", )
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_92(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("XXwithout_rule_again_outside_readsXX", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_93(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("WITHOUT_RULE_AGAIN_OUTSIDE_READS", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_94(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "XXconformanceXX", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_95(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "CONFORMANCE", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_96(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach(None, "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_97(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", None)
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_98(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_99(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", )
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_100(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("XXthe triesXX", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_101(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("THE TRIES", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_102(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(None))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_103(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "XX\nXX".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_104(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach(None, r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_105(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", None)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_106(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach(r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_107(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", )
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_108(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("XXthe suite's rule (removed after)XX", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_109(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("THE SUITE'S RULE (REMOVED AFTER)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_110(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule and r.user_rule_refused)
    evidence(j, r, "filter")


def x_docker_user_first__mutmut_111(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(None, r, "filter")


def x_docker_user_first__mutmut_112(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, None, "filter")


def x_docker_user_first__mutmut_113(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, None)


def x_docker_user_first__mutmut_114(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(r, "filter")


def x_docker_user_first__mutmut_115(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, "filter")


def x_docker_user_first__mutmut_116(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, )


def x_docker_user_first__mutmut_117(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "XXfilterXX")


def x_docker_user_first__mutmut_118(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is not None and r.after_rule is not None:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "FILTER")

mutants_x_docker_user_first__mutmut['_mutmut_orig'] = x_docker_user_first__mutmut_orig # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_1'] = x_docker_user_first__mutmut_1 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_2'] = x_docker_user_first__mutmut_2 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_3'] = x_docker_user_first__mutmut_3 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_4'] = x_docker_user_first__mutmut_4 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_5'] = x_docker_user_first__mutmut_5 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_6'] = x_docker_user_first__mutmut_6 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_7'] = x_docker_user_first__mutmut_7 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_8'] = x_docker_user_first__mutmut_8 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_9'] = x_docker_user_first__mutmut_9 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_10'] = x_docker_user_first__mutmut_10 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_11'] = x_docker_user_first__mutmut_11 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_12'] = x_docker_user_first__mutmut_12 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_13'] = x_docker_user_first__mutmut_13 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_14'] = x_docker_user_first__mutmut_14 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_15'] = x_docker_user_first__mutmut_15 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_16'] = x_docker_user_first__mutmut_16 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_17'] = x_docker_user_first__mutmut_17 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_18'] = x_docker_user_first__mutmut_18 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_19'] = x_docker_user_first__mutmut_19 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_20'] = x_docker_user_first__mutmut_20 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_21'] = x_docker_user_first__mutmut_21 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_22'] = x_docker_user_first__mutmut_22 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_23'] = x_docker_user_first__mutmut_23 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_24'] = x_docker_user_first__mutmut_24 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_25'] = x_docker_user_first__mutmut_25 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_26'] = x_docker_user_first__mutmut_26 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_27'] = x_docker_user_first__mutmut_27 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_28'] = x_docker_user_first__mutmut_28 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_29'] = x_docker_user_first__mutmut_29 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_30'] = x_docker_user_first__mutmut_30 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_31'] = x_docker_user_first__mutmut_31 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_32'] = x_docker_user_first__mutmut_32 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_33'] = x_docker_user_first__mutmut_33 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_34'] = x_docker_user_first__mutmut_34 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_35'] = x_docker_user_first__mutmut_35 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_36'] = x_docker_user_first__mutmut_36 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_37'] = x_docker_user_first__mutmut_37 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_38'] = x_docker_user_first__mutmut_38 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_39'] = x_docker_user_first__mutmut_39 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_40'] = x_docker_user_first__mutmut_40 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_41'] = x_docker_user_first__mutmut_41 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_42'] = x_docker_user_first__mutmut_42 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_43'] = x_docker_user_first__mutmut_43 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_44'] = x_docker_user_first__mutmut_44 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_45'] = x_docker_user_first__mutmut_45 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_46'] = x_docker_user_first__mutmut_46 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_47'] = x_docker_user_first__mutmut_47 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_48'] = x_docker_user_first__mutmut_48 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_49'] = x_docker_user_first__mutmut_49 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_50'] = x_docker_user_first__mutmut_50 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_51'] = x_docker_user_first__mutmut_51 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_52'] = x_docker_user_first__mutmut_52 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_53'] = x_docker_user_first__mutmut_53 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_54'] = x_docker_user_first__mutmut_54 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_55'] = x_docker_user_first__mutmut_55 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_56'] = x_docker_user_first__mutmut_56 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_57'] = x_docker_user_first__mutmut_57 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_58'] = x_docker_user_first__mutmut_58 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_59'] = x_docker_user_first__mutmut_59 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_60'] = x_docker_user_first__mutmut_60 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_61'] = x_docker_user_first__mutmut_61 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_62'] = x_docker_user_first__mutmut_62 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_63'] = x_docker_user_first__mutmut_63 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_64'] = x_docker_user_first__mutmut_64 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_65'] = x_docker_user_first__mutmut_65 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_66'] = x_docker_user_first__mutmut_66 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_67'] = x_docker_user_first__mutmut_67 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_68'] = x_docker_user_first__mutmut_68 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_69'] = x_docker_user_first__mutmut_69 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_70'] = x_docker_user_first__mutmut_70 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_71'] = x_docker_user_first__mutmut_71 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_72'] = x_docker_user_first__mutmut_72 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_73'] = x_docker_user_first__mutmut_73 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_74'] = x_docker_user_first__mutmut_74 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_75'] = x_docker_user_first__mutmut_75 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_76'] = x_docker_user_first__mutmut_76 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_77'] = x_docker_user_first__mutmut_77 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_78'] = x_docker_user_first__mutmut_78 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_79'] = x_docker_user_first__mutmut_79 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_80'] = x_docker_user_first__mutmut_80 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_81'] = x_docker_user_first__mutmut_81 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_82'] = x_docker_user_first__mutmut_82 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_83'] = x_docker_user_first__mutmut_83 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_84'] = x_docker_user_first__mutmut_84 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_85'] = x_docker_user_first__mutmut_85 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_86'] = x_docker_user_first__mutmut_86 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_87'] = x_docker_user_first__mutmut_87 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_88'] = x_docker_user_first__mutmut_88 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_89'] = x_docker_user_first__mutmut_89 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_90'] = x_docker_user_first__mutmut_90 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_91'] = x_docker_user_first__mutmut_91 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_92'] = x_docker_user_first__mutmut_92 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_93'] = x_docker_user_first__mutmut_93 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_94'] = x_docker_user_first__mutmut_94 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_95'] = x_docker_user_first__mutmut_95 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_96'] = x_docker_user_first__mutmut_96 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_97'] = x_docker_user_first__mutmut_97 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_98'] = x_docker_user_first__mutmut_98 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_99'] = x_docker_user_first__mutmut_99 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_100'] = x_docker_user_first__mutmut_100 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_101'] = x_docker_user_first__mutmut_101 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_102'] = x_docker_user_first__mutmut_102 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_103'] = x_docker_user_first__mutmut_103 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_104'] = x_docker_user_first__mutmut_104 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_105'] = x_docker_user_first__mutmut_105 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_106'] = x_docker_user_first__mutmut_106 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_107'] = x_docker_user_first__mutmut_107 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_108'] = x_docker_user_first__mutmut_108 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_109'] = x_docker_user_first__mutmut_109 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_110'] = x_docker_user_first__mutmut_110 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_111'] = x_docker_user_first__mutmut_111 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_112'] = x_docker_user_first__mutmut_112 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_113'] = x_docker_user_first__mutmut_113 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_114'] = x_docker_user_first__mutmut_114 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_115'] = x_docker_user_first__mutmut_115 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_116'] = x_docker_user_first__mutmut_116 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_117'] = x_docker_user_first__mutmut_117 # type: ignore # mutmut generated
mutants_x_docker_user_first__mutmut['x_docker_user_first__mutmut_118'] = x_docker_user_first__mutmut_118 # type: ignore # mutmut generated


claim("D-FW-1", observes="reachability")(docker_user_first)
mutants_x_documented_rules__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_documented_rules__mutmut)
def documented_rules(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_orig(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_1(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = None
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_2(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(None)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_3(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend != "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_4(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "XXnftablesXX":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_5(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "NFTABLES":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_6(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(None, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_7(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, None, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_8(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, None)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_9(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_10(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_11(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, )
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_12(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("XXfilterXX", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_13(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("FILTER", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_14(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "XXnatXX", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_15(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "NAT", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_16(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "XXrawXX"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_17(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "RAW"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_18(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = None
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_19(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(None, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_20(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, None)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_21(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_22(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, )
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_23(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected != "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_24(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "XXnot measuredXX":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_25(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "NOT MEASURED":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_26(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge(None, table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_27(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=None)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_28(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge(table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_29(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", )
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_30(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("XXtable_not_judged_this_version_rulesXX", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_31(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("TABLE_NOT_JUDGED_THIS_VERSION_RULES", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_32(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            break
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_33(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = None
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_34(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(None, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_35(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, None)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_36(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_37(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, )
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_38(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(None, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_39(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, None, f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_40(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", None, seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_41(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", None, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_42(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=None, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_43(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=None)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_44(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly("table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_45(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_46(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_47(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_48(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_49(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, )
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_50(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "XXtable_rules_naming_bridgeXX", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_51(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "TABLE_RULES_NAMING_BRIDGE", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_52(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains != "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_53(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "XXnot measuredXX":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_54(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "NOT MEASURED":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_55(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge(None)
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_56(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("XXip6tables_not_judged_this_version_chainsXX")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_57(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("IP6TABLES_NOT_JUDGED_THIS_VERSION_CHAINS")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_58(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = None
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_59(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(None)
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_60(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(None))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_61(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains(None, ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_62(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=None) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_63(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains(ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_64(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_65(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("XXfilterXX", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_66(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("FILTER", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_67(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=False) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_68(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith(None)))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_69(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("XXDOCKERXX")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_70(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("docker")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_71(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(None, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_72(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, None, "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_73(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", None, chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_74(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", None)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_75(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly("docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_76(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_77(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_78(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", )
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_79(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "XXdocker_chains_ip6tables_filterXX", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_80(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "DOCKER_CHAINS_IP6TABLES_FILTER", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_81(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "XXfirewall.ip6_chainsXX", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_82(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "FIREWALL.IP6_CHAINS", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_83(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(None, r, "filter", "nat", "raw")


def x_documented_rules__mutmut_84(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, None, "filter", "nat", "raw")


def x_documented_rules__mutmut_85(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, None, "nat", "raw")


def x_documented_rules__mutmut_86(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", None, "raw")


def x_documented_rules__mutmut_87(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", None)


def x_documented_rules__mutmut_88(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(r, "filter", "nat", "raw")


def x_documented_rules__mutmut_89(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, "filter", "nat", "raw")


def x_documented_rules__mutmut_90(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "nat", "raw")


def x_documented_rules__mutmut_91(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "raw")


def x_documented_rules__mutmut_92(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", )


def x_documented_rules__mutmut_93(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "XXfilterXX", "nat", "raw")


def x_documented_rules__mutmut_94(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "FILTER", "nat", "raw")


def x_documented_rules__mutmut_95(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "XXnatXX", "raw")


def x_documented_rules__mutmut_96(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "NAT", "raw")


def x_documented_rules__mutmut_97(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "XXrawXX")


def x_documented_rules__mutmut_98(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "RAW")

mutants_x_documented_rules__mutmut['_mutmut_orig'] = x_documented_rules__mutmut_orig # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_1'] = x_documented_rules__mutmut_1 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_2'] = x_documented_rules__mutmut_2 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_3'] = x_documented_rules__mutmut_3 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_4'] = x_documented_rules__mutmut_4 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_5'] = x_documented_rules__mutmut_5 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_6'] = x_documented_rules__mutmut_6 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_7'] = x_documented_rules__mutmut_7 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_8'] = x_documented_rules__mutmut_8 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_9'] = x_documented_rules__mutmut_9 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_10'] = x_documented_rules__mutmut_10 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_11'] = x_documented_rules__mutmut_11 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_12'] = x_documented_rules__mutmut_12 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_13'] = x_documented_rules__mutmut_13 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_14'] = x_documented_rules__mutmut_14 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_15'] = x_documented_rules__mutmut_15 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_16'] = x_documented_rules__mutmut_16 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_17'] = x_documented_rules__mutmut_17 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_18'] = x_documented_rules__mutmut_18 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_19'] = x_documented_rules__mutmut_19 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_20'] = x_documented_rules__mutmut_20 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_21'] = x_documented_rules__mutmut_21 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_22'] = x_documented_rules__mutmut_22 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_23'] = x_documented_rules__mutmut_23 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_24'] = x_documented_rules__mutmut_24 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_25'] = x_documented_rules__mutmut_25 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_26'] = x_documented_rules__mutmut_26 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_27'] = x_documented_rules__mutmut_27 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_28'] = x_documented_rules__mutmut_28 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_29'] = x_documented_rules__mutmut_29 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_30'] = x_documented_rules__mutmut_30 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_31'] = x_documented_rules__mutmut_31 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_32'] = x_documented_rules__mutmut_32 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_33'] = x_documented_rules__mutmut_33 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_34'] = x_documented_rules__mutmut_34 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_35'] = x_documented_rules__mutmut_35 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_36'] = x_documented_rules__mutmut_36 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_37'] = x_documented_rules__mutmut_37 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_38'] = x_documented_rules__mutmut_38 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_39'] = x_documented_rules__mutmut_39 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_40'] = x_documented_rules__mutmut_40 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_41'] = x_documented_rules__mutmut_41 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_42'] = x_documented_rules__mutmut_42 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_43'] = x_documented_rules__mutmut_43 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_44'] = x_documented_rules__mutmut_44 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_45'] = x_documented_rules__mutmut_45 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_46'] = x_documented_rules__mutmut_46 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_47'] = x_documented_rules__mutmut_47 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_48'] = x_documented_rules__mutmut_48 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_49'] = x_documented_rules__mutmut_49 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_50'] = x_documented_rules__mutmut_50 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_51'] = x_documented_rules__mutmut_51 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_52'] = x_documented_rules__mutmut_52 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_53'] = x_documented_rules__mutmut_53 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_54'] = x_documented_rules__mutmut_54 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_55'] = x_documented_rules__mutmut_55 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_56'] = x_documented_rules__mutmut_56 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_57'] = x_documented_rules__mutmut_57 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_58'] = x_documented_rules__mutmut_58 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_59'] = x_documented_rules__mutmut_59 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_60'] = x_documented_rules__mutmut_60 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_61'] = x_documented_rules__mutmut_61 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_62'] = x_documented_rules__mutmut_62 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_63'] = x_documented_rules__mutmut_63 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_64'] = x_documented_rules__mutmut_64 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_65'] = x_documented_rules__mutmut_65 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_66'] = x_documented_rules__mutmut_66 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_67'] = x_documented_rules__mutmut_67 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_68'] = x_documented_rules__mutmut_68 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_69'] = x_documented_rules__mutmut_69 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_70'] = x_documented_rules__mutmut_70 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_71'] = x_documented_rules__mutmut_71 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_72'] = x_documented_rules__mutmut_72 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_73'] = x_documented_rules__mutmut_73 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_74'] = x_documented_rules__mutmut_74 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_75'] = x_documented_rules__mutmut_75 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_76'] = x_documented_rules__mutmut_76 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_77'] = x_documented_rules__mutmut_77 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_78'] = x_documented_rules__mutmut_78 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_79'] = x_documented_rules__mutmut_79 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_80'] = x_documented_rules__mutmut_80 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_81'] = x_documented_rules__mutmut_81 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_82'] = x_documented_rules__mutmut_82 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_83'] = x_documented_rules__mutmut_83 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_84'] = x_documented_rules__mutmut_84 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_85'] = x_documented_rules__mutmut_85 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_86'] = x_documented_rules__mutmut_86 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_87'] = x_documented_rules__mutmut_87 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_88'] = x_documented_rules__mutmut_88 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_89'] = x_documented_rules__mutmut_89 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_90'] = x_documented_rules__mutmut_90 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_91'] = x_documented_rules__mutmut_91 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_92'] = x_documented_rules__mutmut_92 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_93'] = x_documented_rules__mutmut_93 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_94'] = x_documented_rules__mutmut_94 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_95'] = x_documented_rules__mutmut_95 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_96'] = x_documented_rules__mutmut_96 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_97'] = x_documented_rules__mutmut_97 # type: ignore # mutmut generated
mutants_x_documented_rules__mutmut['x_documented_rules__mutmut_98'] = x_documented_rules__mutmut_98 # type: ignore # mutmut generated


claim("D-FW-2", observes="reachability")(documented_rules)
mutants_x__nftables__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__nftables__mutmut)
def _nftables(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_orig(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_1(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        None,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_2(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        None,
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_3(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        None,
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_4(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        None,
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_5(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=None,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_6(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_7(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_8(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_9(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_10(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_11(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "XXnft_lines_for_bridgeXX",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_12(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "NFT_LINES_FOR_BRIDGE",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_13(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "XXfirewall.nftXX",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_14(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "FIREWALL.NFT",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_15(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(None, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_16(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, None),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_17(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours("ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_18(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, ),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_19(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "XXip docker-bridgesXX"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_20(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "IP DOCKER-BRIDGES"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_21(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = None
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_22(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        None
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_23(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            None
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_24(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[2]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_25(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get(None, ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_26(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", None)
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_27(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get(())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_28(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", )
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_29(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("XXip6 docker-bridgesXX", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_30(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("IP6 DOCKER-BRIDGES", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_31(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") or "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_32(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith(None) and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_33(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("XXchain XX") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_34(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("CHAIN ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_35(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "XX__XX" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_36(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_37(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(None, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_38(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, None, "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_39(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", None, chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_40(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", None)
    _rules_evidence(j, r)


def x__nftables__mutmut_41(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly("nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_42(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_43(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_44(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", )
    _rules_evidence(j, r)


def x__nftables__mutmut_45(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "XXnft6_base_chainsXX", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_46(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "NFT6_BASE_CHAINS", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_47(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "XXfirewall.nft6_chainsXX", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_48(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "FIREWALL.NFT6_CHAINS", chains)
    _rules_evidence(j, r)


def x__nftables__mutmut_49(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(None, r)


def x__nftables__mutmut_50(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, None)


def x__nftables__mutmut_51(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(r)


def x__nftables__mutmut_52(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, )

mutants_x__nftables__mutmut['_mutmut_orig'] = x__nftables__mutmut_orig # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_1'] = x__nftables__mutmut_1 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_2'] = x__nftables__mutmut_2 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_3'] = x__nftables__mutmut_3 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_4'] = x__nftables__mutmut_4 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_5'] = x__nftables__mutmut_5 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_6'] = x__nftables__mutmut_6 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_7'] = x__nftables__mutmut_7 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_8'] = x__nftables__mutmut_8 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_9'] = x__nftables__mutmut_9 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_10'] = x__nftables__mutmut_10 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_11'] = x__nftables__mutmut_11 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_12'] = x__nftables__mutmut_12 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_13'] = x__nftables__mutmut_13 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_14'] = x__nftables__mutmut_14 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_15'] = x__nftables__mutmut_15 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_16'] = x__nftables__mutmut_16 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_17'] = x__nftables__mutmut_17 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_18'] = x__nftables__mutmut_18 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_19'] = x__nftables__mutmut_19 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_20'] = x__nftables__mutmut_20 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_21'] = x__nftables__mutmut_21 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_22'] = x__nftables__mutmut_22 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_23'] = x__nftables__mutmut_23 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_24'] = x__nftables__mutmut_24 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_25'] = x__nftables__mutmut_25 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_26'] = x__nftables__mutmut_26 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_27'] = x__nftables__mutmut_27 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_28'] = x__nftables__mutmut_28 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_29'] = x__nftables__mutmut_29 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_30'] = x__nftables__mutmut_30 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_31'] = x__nftables__mutmut_31 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_32'] = x__nftables__mutmut_32 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_33'] = x__nftables__mutmut_33 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_34'] = x__nftables__mutmut_34 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_35'] = x__nftables__mutmut_35 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_36'] = x__nftables__mutmut_36 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_37'] = x__nftables__mutmut_37 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_38'] = x__nftables__mutmut_38 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_39'] = x__nftables__mutmut_39 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_40'] = x__nftables__mutmut_40 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_41'] = x__nftables__mutmut_41 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_42'] = x__nftables__mutmut_42 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_43'] = x__nftables__mutmut_43 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_44'] = x__nftables__mutmut_44 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_45'] = x__nftables__mutmut_45 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_46'] = x__nftables__mutmut_46 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_47'] = x__nftables__mutmut_47 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_48'] = x__nftables__mutmut_48 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_49'] = x__nftables__mutmut_49 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_50'] = x__nftables__mutmut_50 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_51'] = x__nftables__mutmut_51 # type: ignore # mutmut generated
mutants_x__nftables__mutmut['x__nftables__mutmut_52'] = x__nftables__mutmut_52 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__rules_evidence__mutmut)
def _rules_evidence(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("the engine's packet filter", _facts(r))
    evidence(j, r, *tables)


def x__rules_evidence__mutmut_orig(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("the engine's packet filter", _facts(r))
    evidence(j, r, *tables)


def x__rules_evidence__mutmut_1(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach(None, "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("the engine's packet filter", _facts(r))
    evidence(j, r, *tables)


def x__rules_evidence__mutmut_2(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", None)
    j.attach("the engine's packet filter", _facts(r))
    evidence(j, r, *tables)


def x__rules_evidence__mutmut_3(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("the engine's packet filter", _facts(r))
    evidence(j, r, *tables)


def x__rules_evidence__mutmut_4(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", )
    j.attach("the engine's packet filter", _facts(r))
    evidence(j, r, *tables)


def x__rules_evidence__mutmut_5(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("XXplaceholdersXX", "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("the engine's packet filter", _facts(r))
    evidence(j, r, *tables)


def x__rules_evidence__mutmut_6(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("PLACEHOLDERS", "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("the engine's packet filter", _facts(r))
    evidence(j, r, *tables)


def x__rules_evidence__mutmut_7(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", "\n".join(None))
    j.attach("the engine's packet filter", _facts(r))
    evidence(j, r, *tables)


def x__rules_evidence__mutmut_8(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", "XX\nXX".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("the engine's packet filter", _facts(r))
    evidence(j, r, *tables)


def x__rules_evidence__mutmut_9(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach(None, _facts(r))
    evidence(j, r, *tables)


def x__rules_evidence__mutmut_10(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("the engine's packet filter", None)
    evidence(j, r, *tables)


def x__rules_evidence__mutmut_11(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach(_facts(r))
    evidence(j, r, *tables)


def x__rules_evidence__mutmut_12(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("the engine's packet filter", )
    evidence(j, r, *tables)


def x__rules_evidence__mutmut_13(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("XXthe engine's packet filterXX", _facts(r))
    evidence(j, r, *tables)


def x__rules_evidence__mutmut_14(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("THE ENGINE'S PACKET FILTER", _facts(r))
    evidence(j, r, *tables)


def x__rules_evidence__mutmut_15(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("the engine's packet filter", _facts(None))
    evidence(j, r, *tables)


def x__rules_evidence__mutmut_16(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("the engine's packet filter", _facts(r))
    evidence(None, r, *tables)


def x__rules_evidence__mutmut_17(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("the engine's packet filter", _facts(r))
    evidence(j, None, *tables)


def x__rules_evidence__mutmut_18(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("the engine's packet filter", _facts(r))
    evidence(r, *tables)


def x__rules_evidence__mutmut_19(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("the engine's packet filter", _facts(r))
    evidence(j, *tables)


def x__rules_evidence__mutmut_20(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("the engine's packet filter", _facts(r))
    evidence(j, r, )

mutants_x__rules_evidence__mutmut['_mutmut_orig'] = x__rules_evidence__mutmut_orig # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_1'] = x__rules_evidence__mutmut_1 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_2'] = x__rules_evidence__mutmut_2 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_3'] = x__rules_evidence__mutmut_3 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_4'] = x__rules_evidence__mutmut_4 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_5'] = x__rules_evidence__mutmut_5 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_6'] = x__rules_evidence__mutmut_6 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_7'] = x__rules_evidence__mutmut_7 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_8'] = x__rules_evidence__mutmut_8 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_9'] = x__rules_evidence__mutmut_9 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_10'] = x__rules_evidence__mutmut_10 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_11'] = x__rules_evidence__mutmut_11 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_12'] = x__rules_evidence__mutmut_12 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_13'] = x__rules_evidence__mutmut_13 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_14'] = x__rules_evidence__mutmut_14 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_15'] = x__rules_evidence__mutmut_15 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_16'] = x__rules_evidence__mutmut_16 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_17'] = x__rules_evidence__mutmut_17 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_18'] = x__rules_evidence__mutmut_18 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_19'] = x__rules_evidence__mutmut_19 # type: ignore # mutmut generated
mutants_x__rules_evidence__mutmut['x__rules_evidence__mutmut_20'] = x__rules_evidence__mutmut_20 # type: ignore # mutmut generated
mutants_x__exactly__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__exactly__mutmut)
def _exactly(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if isinstance(rules, str) else tuple(sorted(rules))

    j.expect(name, key, tuple(sorted(seen)), via=as_set, **params)


def x__exactly__mutmut_orig(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if isinstance(rules, str) else tuple(sorted(rules))

    j.expect(name, key, tuple(sorted(seen)), via=as_set, **params)


def x__exactly__mutmut_1(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if (isinstance(rules, str)) and False else tuple(sorted(rules))

    j.expect(name, key, tuple(sorted(seen)), via=as_set, **params)


def x__exactly__mutmut_2(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if (isinstance(rules, str)) or True else tuple(sorted(rules))

    j.expect(name, key, tuple(sorted(seen)), via=as_set, **params)


def x__exactly__mutmut_3(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if isinstance(rules, str) else tuple(None)

    j.expect(name, key, tuple(sorted(seen)), via=as_set, **params)


def x__exactly__mutmut_4(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if isinstance(rules, str) else tuple(sorted(None))

    j.expect(name, key, tuple(sorted(seen)), via=as_set, **params)


def x__exactly__mutmut_5(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if isinstance(rules, str) else tuple(sorted(rules))

    j.expect(None, key, tuple(sorted(seen)), via=as_set, **params)


def x__exactly__mutmut_6(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if isinstance(rules, str) else tuple(sorted(rules))

    j.expect(name, None, tuple(sorted(seen)), via=as_set, **params)


def x__exactly__mutmut_7(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if isinstance(rules, str) else tuple(sorted(rules))

    j.expect(name, key, None, via=as_set, **params)


def x__exactly__mutmut_8(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if isinstance(rules, str) else tuple(sorted(rules))

    j.expect(name, key, tuple(sorted(seen)), via=None, **params)


def x__exactly__mutmut_9(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if isinstance(rules, str) else tuple(sorted(rules))

    j.expect(key, tuple(sorted(seen)), via=as_set, **params)


def x__exactly__mutmut_10(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if isinstance(rules, str) else tuple(sorted(rules))

    j.expect(name, tuple(sorted(seen)), via=as_set, **params)


def x__exactly__mutmut_11(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if isinstance(rules, str) else tuple(sorted(rules))

    j.expect(name, key, via=as_set, **params)


def x__exactly__mutmut_12(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if isinstance(rules, str) else tuple(sorted(rules))

    j.expect(name, key, tuple(sorted(seen)), **params)


def x__exactly__mutmut_13(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if isinstance(rules, str) else tuple(sorted(rules))

    j.expect(name, key, tuple(sorted(seen)), via=as_set, )


def x__exactly__mutmut_14(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if isinstance(rules, str) else tuple(sorted(rules))

    j.expect(name, key, tuple(None), via=as_set, **params)


def x__exactly__mutmut_15(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if isinstance(rules, str) else tuple(sorted(rules))

    j.expect(name, key, tuple(sorted(None)), via=as_set, **params)

mutants_x__exactly__mutmut['_mutmut_orig'] = x__exactly__mutmut_orig # type: ignore # mutmut generated
mutants_x__exactly__mutmut['x__exactly__mutmut_1'] = x__exactly__mutmut_1 # type: ignore # mutmut generated
mutants_x__exactly__mutmut['x__exactly__mutmut_2'] = x__exactly__mutmut_2 # type: ignore # mutmut generated
mutants_x__exactly__mutmut['x__exactly__mutmut_3'] = x__exactly__mutmut_3 # type: ignore # mutmut generated
mutants_x__exactly__mutmut['x__exactly__mutmut_4'] = x__exactly__mutmut_4 # type: ignore # mutmut generated
mutants_x__exactly__mutmut['x__exactly__mutmut_5'] = x__exactly__mutmut_5 # type: ignore # mutmut generated
mutants_x__exactly__mutmut['x__exactly__mutmut_6'] = x__exactly__mutmut_6 # type: ignore # mutmut generated
mutants_x__exactly__mutmut['x__exactly__mutmut_7'] = x__exactly__mutmut_7 # type: ignore # mutmut generated
mutants_x__exactly__mutmut['x__exactly__mutmut_8'] = x__exactly__mutmut_8 # type: ignore # mutmut generated
mutants_x__exactly__mutmut['x__exactly__mutmut_9'] = x__exactly__mutmut_9 # type: ignore # mutmut generated
mutants_x__exactly__mutmut['x__exactly__mutmut_10'] = x__exactly__mutmut_10 # type: ignore # mutmut generated
mutants_x__exactly__mutmut['x__exactly__mutmut_11'] = x__exactly__mutmut_11 # type: ignore # mutmut generated
mutants_x__exactly__mutmut['x__exactly__mutmut_12'] = x__exactly__mutmut_12 # type: ignore # mutmut generated
mutants_x__exactly__mutmut['x__exactly__mutmut_13'] = x__exactly__mutmut_13 # type: ignore # mutmut generated
mutants_x__exactly__mutmut['x__exactly__mutmut_14'] = x__exactly__mutmut_14 # type: ignore # mutmut generated
mutants_x__exactly__mutmut['x__exactly__mutmut_15'] = x__exactly__mutmut_15 # type: ignore # mutmut generated
mutants_x__facts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__facts__mutmut)
def _facts(r: Reachability) -> str:
    lines = [
        f"iptables variant: {r.after.variant}",
        f"docker info FirewallBackend: {r.after.backend or '(not reported)'}",
    ]
    return "\n".join([*lines, *(f"{k}: {v}" for k, v in r.facts.items())])


def x__facts__mutmut_orig(r: Reachability) -> str:
    lines = [
        f"iptables variant: {r.after.variant}",
        f"docker info FirewallBackend: {r.after.backend or '(not reported)'}",
    ]
    return "\n".join([*lines, *(f"{k}: {v}" for k, v in r.facts.items())])


def x__facts__mutmut_1(r: Reachability) -> str:
    lines = None
    return "\n".join([*lines, *(f"{k}: {v}" for k, v in r.facts.items())])


def x__facts__mutmut_2(r: Reachability) -> str:
    lines = [
        f"iptables variant: {r.after.variant}",
        f"docker info FirewallBackend: {r.after.backend and '(not reported)'}",
    ]
    return "\n".join([*lines, *(f"{k}: {v}" for k, v in r.facts.items())])


def x__facts__mutmut_3(r: Reachability) -> str:
    lines = [
        f"iptables variant: {r.after.variant}",
        f"docker info FirewallBackend: {r.after.backend or 'XX(not reported)XX'}",
    ]
    return "\n".join([*lines, *(f"{k}: {v}" for k, v in r.facts.items())])


def x__facts__mutmut_4(r: Reachability) -> str:
    lines = [
        f"iptables variant: {r.after.variant}",
        f"docker info FirewallBackend: {r.after.backend or '(NOT REPORTED)'}",
    ]
    return "\n".join([*lines, *(f"{k}: {v}" for k, v in r.facts.items())])


def x__facts__mutmut_5(r: Reachability) -> str:
    lines = [
        f"iptables variant: {r.after.variant}",
        f"docker info FirewallBackend: {r.after.backend or '(not reported)'}",
    ]
    return "\n".join(None)


def x__facts__mutmut_6(r: Reachability) -> str:
    lines = [
        f"iptables variant: {r.after.variant}",
        f"docker info FirewallBackend: {r.after.backend or '(not reported)'}",
    ]
    return "XX\nXX".join([*lines, *(f"{k}: {v}" for k, v in r.facts.items())])

mutants_x__facts__mutmut['_mutmut_orig'] = x__facts__mutmut_orig # type: ignore # mutmut generated
mutants_x__facts__mutmut['x__facts__mutmut_1'] = x__facts__mutmut_1 # type: ignore # mutmut generated
mutants_x__facts__mutmut['x__facts__mutmut_2'] = x__facts__mutmut_2 # type: ignore # mutmut generated
mutants_x__facts__mutmut['x__facts__mutmut_3'] = x__facts__mutmut_3 # type: ignore # mutmut generated
mutants_x__facts__mutmut['x__facts__mutmut_4'] = x__facts__mutmut_4 # type: ignore # mutmut generated
mutants_x__facts__mutmut['x__facts__mutmut_5'] = x__facts__mutmut_5 # type: ignore # mutmut generated
mutants_x__facts__mutmut['x__facts__mutmut_6'] = x__facts__mutmut_6 # type: ignore # mutmut generated
