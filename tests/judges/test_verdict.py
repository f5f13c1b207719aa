"""The verdict's own rules, which every judge relies on: a fact's values as JSON, a set compared as a
set, a fact whose expectation is unknown not judged (and named), the reason a claim was not
applicable told first, and the words of each part rendered at display, in English unless the
reader asks for another language."""

from __future__ import annotations

import ipaddress
import re

import pytest

from docker_conformance.conformance.core.profile import documented
from docker_conformance.conformance.core.verdict import (
    Judgement,
    Note,
    Status,
    Unobservable,
    Verdict,
    as_json,
)

HANGUL = re.compile(r"[가-힣]")  # as tests/outputs/test_korean.py has it (a test module imports no other)


def _judgement(claim: str = "S-BR-1") -> Judgement:
    return Judgement(claim, documented())


def _verdict() -> Verdict:
    """A failing verdict with a fact, a note and a part not judged: every part that has words."""
    j = _judgement()
    j.expect("ipv4_addresses", "bridge.gateway", "198.18.0.1")
    j.note("engine_warns_docker_info", warning="WARNING: bridge-nf-call-iptables is disabled")
    j.cannot_judge("table_not_judged_this_version_rules", table="raw")
    return j.verdict()


def _korean(text: str) -> bool:
    return HANGUL.search(text) is not None


def test_words_are_english_unless_another_language_is_asked_for() -> None:
    verdict = _verdict()
    fact, note = verdict.facts[0], verdict.notes[0]
    shown = {
        "status": verdict.status.words,
        "label": fact.label,
        "line": fact.line,
        "note": note.words,
        "reason": verdict.reason_in,
        "message": verdict.message,
    }
    for part, render in shown.items():
        assert render() == render("en"), part
        assert not _korean(render("en")), part
        assert _korean(render("ko")), part
    assert verdict.reason == verdict.reason_in("en")


def test_a_note_says_its_own_sentence_with_its_values() -> None:
    note = _verdict().notes[0]
    assert note.words() == "the engine warns (docker info): WARNING: bridge-nf-call-iptables is disabled"
    assert "bridge-nf-call-iptables" in note.words("ko")


def test_a_set_is_compared_as_a_set_whatever_its_values_are() -> None:
    j = _judgement("D-FW-2")
    assert j.exactly("ipv4_addresses", [2, "a", 1], ["a", 1, 2, 2])
    assert j.facts[0].expected == j.facts[0].observed == [1, 2, "a"]
    assert not j.exactly("ipv4_addresses", [1], ["1"])
    assert as_json({"b", "a", 3}) == [3, "a", "b"]
    assert as_json(frozenset()) == []
    assert as_json(ipaddress.ip_address("198.18.0.1")) == "198.18.0.1"  # an object: its text


def test_a_fact_whose_expectation_is_unknown_is_not_judged_and_named() -> None:
    profile = documented().model_copy(
        update={"unjudged": {"bridge.gateway": ("table_not_judged_this_version_rules", {"table": "nat"})}}
    )
    j = Judgement("S-BR-1", profile)
    assert j.expect("ipv4_addresses", "bridge.gateway", "198.18.0.1") is True
    assert j.facts == []
    (unjudged,) = j.unjudged
    assert unjudged.code == "fact_not_judged"
    why = "table_not_judged_this_version_rules"
    assert unjudged.params == {"fact": "ipv4_addresses", "named": {}, "why": why, "table": "nat"}
    assert j.verdict().status is Status.NOT_APPLICABLE


def test_a_judgement_with_no_by_hand_command_gives_none() -> None:
    assert _judgement().verdict().by_hand == ""
    assert (
        Judgement("S-BR-1", documented(), "ip addr show docker0").verdict().by_hand == "ip addr show docker0"
    )


def test_why_a_claim_was_not_applicable_is_told_first() -> None:
    j = _judgement()
    j.cannot_judge("table_not_judged_this_version_rules", table="raw")
    j.cannot_judge("table_not_judged_this_version_rules", table="nat")
    why = Note("ip6tables_not_judged_this_version_chains")
    assert j.not_applicable(why).unjudged[0] == why


def test_a_judge_names_only_what_the_catalog_can_show() -> None:
    with pytest.raises(KeyError, match="'no_such_code' is not in the catalog's NOTES"):
        Unobservable("no_such_code")
    with pytest.raises(KeyError, match="'no_such_fact' is not in the catalog's FACTS"):
        _judgement().fact("no_such_fact", 1, 1)
    seen = Unobservable("outside_could_not_try", target="198.18.0.2:80", error="refused")
    assert str(seen) == "outside_could_not_try"
    assert seen.note.params == {"target": "198.18.0.2:80", "error": "refused"}
