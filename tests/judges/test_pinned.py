"""Every verdict the recordings give is the one pinned (`tests/judges/pinned/`): each claim on each
recording, each control's deviating verdict, each emptied or changed place's verdict. A judge that says
anything else, whether or not its verdict still passes, is caught. A change meant is pinned again
with `python -m tests.helpers.pinned` and reviewed in the diff."""

from __future__ import annotations

import pytest

from tests.helpers import pinned, states

CASES = [(group, key) for group, found in pinned.cases().items() for key in found]


@pytest.mark.parametrize(("group", "key"), CASES, ids=[f"{g}: {k}" for g, k in CASES])
def test_each_verdict_is_as_pinned(group: str, key: str):
    was, now = pinned.pinned(group).get(key), pinned.cases()[group][key]()
    assert was == now, pinned.differences({key: was}, {key: now})


def test_nothing_is_pinned_that_no_case_makes():
    """A pinned verdict whose control or recording is gone would go unnoticed."""
    kept = {(p.stem, key) for p in pinned.FOLDER.glob("*.json") for key in pinned.pinned(p.stem)}
    assert sorted(kept - set(CASES)) == []


@pytest.mark.parametrize("name", list(states.STATES))
def test_each_state_changes_a_verdict(name: str):
    """A state that changes no claim's verdict, and names none it must leave, reaches no path of the
    judges a recording did not; one that must leave a verdict as it was does."""
    state = states.STATES[name]
    judged = state.judged()
    assert state.holds or any(pinned.as_data(now) != pinned.as_data(was) for was, now in judged.values())
    for claim in state.holds:  # as it was: status, notes, failing facts
        was, now = judged[claim]
        assert pinned.brief(now) == pinned.brief(was), f"{name} changed {claim}'s verdict"


def test_a_changed_verdict_is_caught():
    """The comparison can fail: one pinned fact's observed value changed is named."""
    was = pinned.pinned("recorded")
    key = next(k for k, v in was.items() if v["facts"])
    changed = {**was, key: {**was[key], "facts": [{**was[key]["facts"][0], "observed": "changed"}]}}
    assert pinned.differences(was, changed).startswith(f"1 changed: ['{key}']")
