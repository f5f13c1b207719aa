"""Under xdist: explicit workers judge exactly what a serial run does; `-n auto` stays in-process."""

from __future__ import annotations

import docker
import pytest

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.summary import Summary
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.model import store
from docker_conformance.observe.locks import lock_dir
from docker_conformance.observe.ownership import LABEL
from tests.helpers.runner import run_suite

pytestmark = pytest.mark.engine


def test_two_workers_share_one_observation_each_and_leave_nothing(tmp_path):
    result = run_suite("-n", "2", reports=tmp_path)
    assert result.returncode == 0, result.stdout
    assert "bringing up nodes" in result.stdout
    summary = Summary.load(tmp_path / "summary.json")
    assert summary.claims
    assert all(record.passed or record.verdict == Status.NOT_APPLICABLE for record in summary.claims.values())
    # every scenario observed once (by whichever worker took its lock), saved once each, beside
    # what the preflight read (the engine's configuration)
    assert {p.stem for p in (tmp_path / "observations").glob("*.json")} == {
        registry.get(claim_id).observes for claim_id in summary.claims
    } | set(store.PREFLIGHT)
    client = docker.from_env()
    assert client.containers.list(all=True, filters={"label": LABEL}) == []
    assert not [p for p in lock_dir().iterdir() if p.is_dir() and p.name.startswith(f"dcf-{summary.run}-")]


def test_auto_runs_in_this_process(tmp_path):
    result = run_suite("-n", "auto", "-k", "S-NET-1", reports=tmp_path)
    assert result.returncode == 0, result.stdout
    assert "bringing up nodes" not in result.stdout
    assert "1 passed" in result.stdout
