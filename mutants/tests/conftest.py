"""Self-test fixtures: recorded real observations, the documented profile, engine gates."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import docker
import pytest
from docker.errors import DockerException

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.profile import Profile, documented
from docker_conformance.conformance.core.summary import ClaimRecord, Summary
from docker_conformance.conformance.model import store
from docker_conformance.conformance.model.seed import SeedObservation

RECORDED = Path(__file__).with_name("recorded")


def pytest_configure() -> None:
    """Ctrl-C reaches the runs the self-tests start, as it does in a terminal: a shell without job
    control starts a background job (CI's, often) with SIGINT ignored, which every child would
    inherit, and a Python started so never raises KeyboardInterrupt. A handled signal is reset to
    its default in a child, so handling it here gives every run the self-tests start the default."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


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
def judged_20_10(observations: dict[str, Any]) -> Summary:
    """The recorded Docker 20.10 observations judged again by today's judges: a result set of this
    version of the engine whose version-1 summary.json is recorded beside them."""
    profile = documented().for_engine("Docker Engine", "20.10.24")
    recorded = Summary.load(DOCKER_20_10 / "summary.json")
    records = [
        ClaimRecord.of(registry.judge(c, observations[registry.get(c).observes], profile))
        for c in recorded.claims
    ]
    return Summary.of(records, engine=recorded.engine)


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
