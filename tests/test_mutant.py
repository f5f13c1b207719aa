"""A deliberately misconfigured engine fails exactly the claims its configuration breaks.

`--bip 10.99.0.1/24 --mtu 1450 --icc=false`, in a namespace of its own. Under the documented
default profile the bip and mtu claims fail, and S-PING-1 (icc). Under the `daemon` profile
every configured deviation is explained, and only icc, which no profile value describes,
still fails.
"""

from __future__ import annotations

import os

import pytest

from conformance.summary import Summary
from conformance.verdict import Status
from engines.launch import engine
from tests.runner import run_suite

pytestmark = [
    pytest.mark.mutant,
    pytest.mark.root,
    pytest.mark.skipif(os.geteuid() != 0, reason="a second engine needs root"),
]

BROKEN_BY = {
    "bip": {"S-BR-1", "S-IPAM-1", "S-IPAM-2", "S-IPAM-4", "S-VETH-2", "S-ROUTE-1", "S-ROUTE-2"},
    "mtu": {"S-VETH-2"},
    "icc": {"S-PING-1"},
}


@pytest.fixture(scope="module")
def mutant(tmp_path_factory):
    """The suite's summary under each profile, from one run of the misconfigured engine."""
    with engine("--bip", "10.99.0.1/24", "--mtu", "1450", "--icc=false") as running:
        results = {}
        for profile in ("default", "daemon"):
            reports = tmp_path_factory.mktemp(profile)
            result = run_suite(
                "--profile", profile, env={"DOCKER_HOST": running.docker_host}, reports=reports
            )
            results[profile] = (result, Summary.load(reports / "summary.json"))
        yield results


def test_engine_found_in_its_own_namespace(mutant):
    _, summary = mutant["default"]
    assert summary.engine["engine.netns"].startswith("/proc/")
    assert summary.claims["S-INST-1"].verdict == Status.CONFORMS


def test_default_profile_fails_exactly_what_the_flags_break(mutant):
    result, summary = mutant["default"]
    assert result.returncode == 1
    assert set(summary.failed()) == set().union(*BROKEN_BY.values())
    assert "10.99.0.1" in summary.claims["S-BR-1"].observed
    assert "1450" in summary.claims["S-VETH-2"].observed


def test_daemon_profile_explains_all_but_icc(mutant):
    result, summary = mutant["daemon"]
    assert result.returncode == 1
    assert set(summary.failed()) == BROKEN_BY["icc"]
    deviating = {c for c, r in summary.claims.items() if r.verdict == Status.DEVIATES}
    assert (BROKEN_BY["bip"] | BROKEN_BY["mtu"]) <= deviating
