"""Self-test fixtures: recorded real observations, the documented profile, engine gates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docker
import pytest
from docker.errors import DockerException

from conformance.model import store
from conformance.model.seed import SeedObservation
from conformance.profile import Profile, documented

RECORDED = Path(__file__).with_name("recorded")
DOCKER_20_10 = RECORDED / "docker-20.10"


@pytest.fixture(scope="session")
def observations() -> dict[str, Any]:
    """Every scenario as observed on Docker 20.10.24 on this kind of machine, by name."""
    return store.load_all(DOCKER_20_10)


@pytest.fixture(scope="session")
def recorded(observations: dict[str, Any]) -> SeedObservation:
    """The seed walk-through as observed on Docker 20.10.24."""
    return observations["seed"]


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
