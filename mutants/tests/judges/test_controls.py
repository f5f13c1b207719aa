"""Every negative control proves its deviation: judged with the profile its recording's engine is
judged with in a real run (version and backend changes included), the unchanged recording passes
(or is not applicable, and says why), and the changed one fails its claim on a [BAD] fact whose
observed value the deviation changed, not merely on a fact named somewhere in the message."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.model import store
from tests.helpers import mutate as m
from tests.helpers.controls import CASES, LATER

PASSING = (Status.CONFORMS, Status.DOCUMENTED, Status.DEVIATES)  # judged, and holding: never "not applicable"


def proves(claim: str, deviate: Callable[[Any], Any], names: str, observed: Any, profile: Profile) -> None:
    """The control's two runs: unchanged passes, changed fails on a fact the deviation changed."""
    unchanged = registry.judge(claim, observed, profile)
    assert unchanged.status in PASSING, f"the unchanged recording already fails:\n{unchanged.message()}"
    changed = registry.judge(claim, deviate(observed), profile)
    m.assert_fails(changed, claim, names)
    assert [f for f in changed.facts if not f.holds and m.changed_fact(f, unchanged)], (
        f"no failing fact is one the deviation changed:\n{changed.message()}"
    )


def _observed(folder: Path, claim: str) -> Any:
    return store.load(folder, registry.get(claim).observes)


def proves_later(claim: str, names: str, observed: Any, own: Profile, later: Profile) -> None:
    """Judged as its own version documents it, the recording passes; as a later version documents
    it, the claim fails on a fact whose expectation the later version changed."""
    unchanged = registry.judge(claim, observed, own)
    assert unchanged.status in PASSING, f"the recording fails its own version:\n{unchanged.message()}"
    changed = registry.judge(claim, observed, later)
    m.assert_fails(changed, claim, names)
    before = {f.id: f.expected for f in unchanged.facts}
    assert any(not f.holds and before.get(f.id) != f.expected for f in changed.facts), changed.message()


@pytest.mark.parametrize(("claim", "names", "folder", "own", "later"), LATER.values(), ids=LATER.keys())
def test_an_older_engine_fails_only_what_a_later_version_changed(claim, names, folder, own, later):
    proves_later(claim, names, _observed(folder, claim), own, later)


@pytest.mark.parametrize(("claim", "deviate", "names", "folder", "profile"), CASES.values(), ids=CASES.keys())
def test_each_control_passes_unchanged_and_fails_on_what_it_changed(claim, deviate, names, folder, profile):
    proves(claim, deviate, names, _observed(folder, claim), profile)


@pytest.mark.parametrize(
    "name", ["D-INT-1 a route out", "S-EGRESS-1 not masqueraded", "D-GWM-3 the bridge keeps its address"]
)
def test_a_control_whose_deviation_is_the_identity_is_caught(name):
    """The harness itself can fail: the same control with its deviation replaced by the identity."""
    claim, _, names, folder, profile = CASES[name]
    with pytest.raises(AssertionError):
        proves(claim, lambda observed: observed, names, _observed(folder, claim), profile)


def test_every_claim_has_a_control_that_proves_itself():
    assert {claim for claim, *_ in [*CASES.values(), *LATER.values()]} == set(registry.claims())
