"""The conformance checks: one test per claim of the registry, named by its ID (`test_claim[S-VETH-4]`).

Select them as any pytest test: by ID or family with `-k` (`-k S-VETH`, `-k "D-FW and not D-FW-3"`),
by section with `-m` (`seed`, `beyond`, `upgrade`). Each judges the observation its declaration
names (a fixture, made once per run) against the run's profile; under `-n N` the checks of one
observation go to one worker (`xdist_group`), so that no worker waits on another's scenario.
"""

from __future__ import annotations

from typing import Any

import pytest

from docker_conformance.conformance.core import registry


@pytest.mark.parametrize(
    "claim",
    [
        pytest.param(c, id=c.id, marks=[getattr(pytest.mark, c.section), pytest.mark.xdist_group(c.observes)])
        for c in registry.claims().values()
    ],
)
def test_claim(claim: registry.Claim, request: pytest.FixtureRequest, check: Any) -> None:
    """A claim of docs/claims.md, judged (its docstring is the claim's own, in the report)."""
    check(claim, lambda profile: claim.judge(request.getfixturevalue(claim.observes), profile))
