"""Every fact can fail: each fact a claim holds on a control recording (its key, per claim) fails in
at least one negative control whose deviation changed that fact's observed value. The hand-written
controls (`tests/helpers/controls.py`) reach most; for each of the rest, one change of one place of
a recording does (`tests/helpers/field_controls.json`, found by `python -m tests.helpers.field_controls`)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers import field_controls as fc

CONTROLS = fc.load()


def test_every_fact_fails_in_a_control():
    facts, hand = fc.facts(), fc.hand_covered()
    field = {(c["claim"], c["fact"]) for c in CONTROLS}
    print(f"{len(facts)} facts: {len(facts & hand)} fail in a hand-written control, {len(field)} in another")
    assert sorted(facts - hand - field) == []  # each: (claim, fact) that no control makes fail
    assert sorted(field & hand) == []  # a field control where a hand-written one reaches the fact: stale


@pytest.mark.parametrize(
    "control",
    CONTROLS,
    ids=[f"{c['claim']} {c['fact']} ({c['folder']} {c['observation']})" for c in CONTROLS],
)
def test_each_field_control_fails_its_fact(control: dict[str, Any]):
    before, after = fc.judge_changed(control)
    assert fc.fails_its_fact(control), f"{control}:\n{before.message()}\n{after.message()}"


def test_a_fact_no_control_reaches_is_named():
    """The count can fail: without the field controls, the facts they reach are uncovered."""
    assert fc.facts() - fc.hand_covered() == {(c["claim"], c["fact"]) for c in CONTROLS}
