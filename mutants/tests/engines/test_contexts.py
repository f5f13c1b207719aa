"""The engine is found as the Docker CLI finds it: DOCKER_HOST, else DOCKER_CONTEXT, else the
CLI's current context (`docker context use`), else the default socket."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from docker_conformance.conformance.core.errors import ExitStatus
from tests.helpers.runner import run_suite


def context(config: Path, name: str, host: str, *, current: bool = False) -> Path:
    """A Docker CLI context as `docker context create NAME --docker host=HOST` writes it."""
    meta = config / "contexts" / "meta" / hashlib.sha256(name.encode()).hexdigest() / "meta.json"
    meta.parent.mkdir(parents=True)
    meta.write_text(json.dumps({"Name": name, "Metadata": {}, "Endpoints": {"docker": {"Host": host}}}))
    (config / "config.json").write_text(json.dumps({"currentContext": name} if current else {}))
    return config


def _env(config: Path, **more: str) -> dict[str, str]:
    return {"DOCKER_CONFIG": str(config), "DOCKER_HOST": "", **more}


@pytest.mark.parametrize("how", ["DOCKER_CONTEXT", "current context"])
def test_a_context_names_the_engine(tmp_path, how):
    elsewhere = f"unix://{tmp_path}/elsewhere.sock"
    config = context(tmp_path / "docker", "elsewhere", elsewhere, current=how != "DOCKER_CONTEXT")
    env = _env(config, **({"DOCKER_CONTEXT": "elsewhere"} if how == "DOCKER_CONTEXT" else {}))
    result = run_suite(env=env, reports=tmp_path / "reports")
    assert result.returncode == int(ExitStatus.ENGINE_UNREACHABLE), result.stdout
    assert f"no Docker engine answers at {elsewhere}" in result.stdout + result.stderr


@pytest.mark.engine
def test_docker_host_wins_over_a_context(tmp_path):
    config = context(tmp_path / "docker", "elsewhere", f"unix://{tmp_path}/elsewhere.sock", current=True)
    env = _env(config, DOCKER_CONTEXT="elsewhere", DOCKER_HOST="unix:///var/run/docker.sock")
    result = run_suite("-k", "S-NET-1", env=env, reports=tmp_path / "reports")
    assert result.returncode == 0, result.stdout
