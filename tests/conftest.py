"""Self-test fixtures: a recorded real observation, the documented profile, engine gates."""

from __future__ import annotations

from pathlib import Path

import docker
import pytest
from docker.errors import DockerException

from conformance.profile import Profile, documented
from fixtures.seed import SeedObservation

RECORDED = Path(__file__).with_name("recorded")


@pytest.fixture(scope="session")
def recorded() -> SeedObservation:
    """The seed walk-through as observed on Docker 20.10.24 on this kind of machine."""
    return SeedObservation.from_json((RECORDED / "seed-docker-20.10.json").read_bytes())


@pytest.fixture(scope="session")
def default_profile() -> Profile:
    return documented()


def _engine_answers() -> bool:
    try:
        docker.from_env(timeout=5).ping()
    except DockerException:
        return False
    return True


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if any(item.get_closest_marker("engine") for item in items) and not _engine_answers():
        skip = pytest.mark.skip(reason="no Docker engine answers (start one: see README)")
        for item in items:
            if item.get_closest_marker("engine"):
                item.add_marker(skip)
