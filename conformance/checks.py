"""The conformance tests, derived from the registry: one test per claim, named by its ID.

A judge module's test module, `conformance/test_<feature>.py`, holds one line,
`test_claim = checks(__name__)`: the claims of `conformance/judges/<feature>.py` become
`test_claim[S-VETH-4]` and so on, each marked `seed` or `beyond`, each judging the observation
its declaration names (a fixture) against the run's profile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conformance import registry


def checks(test_module: str) -> Callable[..., None]:
    """The parametrized test for the claims of `conformance.judges.<feature>`, from the test module
    `conformance.test_<feature>`."""
    feature = test_module.rsplit(".", 1)[-1].removeprefix("test_")
    declared = registry.of_module(feature)
    if not declared:
        raise ValueError(f"{test_module}: no claims are declared in conformance.judges.{feature}")

    @pytest.mark.parametrize(
        "claim",
        [pytest.param(c, id=c.id, marks=getattr(pytest.mark, c.section)) for c in declared],
    )
    def test_claim(claim: registry.Claim, request: pytest.FixtureRequest, check: Any) -> None:
        check(claim, lambda profile: claim.judge(request.getfixturevalue(claim.observes), profile))

    test_claim.__doc__ = "; ".join(f"{c.id}: {c.text}" for c in declared)
    return test_claim
