"""What the claims declare, checked in one place against what reads it: the settings that leave a
claim nothing to judge (`Not applicable with:`) against the settings' meanings, what a daemon flag
breaks (`tests/helpers/broken.py`, measured) against the claims it moves, and the observations
the claims judge against the scenarios that make them."""

from __future__ import annotations

from functools import cache

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.meanings import MEANINGS
from docker_conformance.conformance.core.profile import documented
from docker_conformance.conformance.model import store
from docker_conformance.conformance.outputs import claimsdoc, settingsdoc
from docker_conformance.conformance.outputs.diff import EXPLAINED_BY
from docker_conformance.fixtures.scenarios import SCENARIOS
from tests.helpers.broken import BROKEN_BY

# values beyond settingsdoc's samples that meet the other conditions a meaning names
MORE = [("ip", "198.51.100.1", "20.10.24"), ("userland-proxy", False, "20.10.24")]


@cache
def _conditions() -> frozenset[str]:
    """Every condition the meanings name, over the sample values and the ones above."""
    found = set()
    cases = [(name, value, "28.5.2") for name, value in settingsdoc.SAMPLES.items()] + MORE
    for name, value, version in cases:
        data = documented().for_engine("Docker Engine", version).model_dump()
        found |= set(MEANINGS[name](value, data)[1])
    return frozenset(found)


def test_every_condition_a_claim_declares_is_one_a_setting_meets_and_back():
    declared = {c for claim in registry.claims().values() for c in claim.conditions}
    assert declared == _conditions()
    assert all(registry.inapplicable_with(c) for c in _conditions())


def test_no_meaning_names_a_claim():
    assert not any(c.startswith(("S-", "D-")) for c in _conditions())


def test_what_a_flag_breaks_is_among_the_claims_it_moves():
    base = documented().for_engine("Docker Engine", "20.10.24")
    for flag, broken in BROKEN_BY.items():  # the table's samples are the misconfigured engines' flags
        moved, meaningless, _ = settingsdoc.effect(base, {flag: settingsdoc.SAMPLES[flag]})
        assert broken <= set(moved), (flag, sorted(broken - set(moved)))
        assert not broken & set(meaningless)


def test_every_claim_judges_an_observation_a_scenario_makes():
    # every observation but an upgrade's, which `docker-conformance upgrade after` makes
    assert set(SCENARIOS) | {"upgrade"} == set(store.OBSERVATIONS)
    assert {c.observes for c in registry.claims().values()} <= set(store.OBSERVATIONS)


def test_every_documented_change_touches_a_claim_or_an_engine_fact_the_diff_names():
    profile = documented()
    for change in profile.changes:
        touched = [c for c in registry.claims() if change in claimsdoc.touching(profile, c)]
        assert touched or set(change.values) <= set(EXPLAINED_BY.values()), change.source
