"""The negative controls, each with the recording it changes and the profile a real run judges
that recording's engine with (its version and backend changes included): one table for the
self-tests that run them (`tests/judges/test_controls.py`) and those that read their verdicts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docker_conformance.conformance.core.profile import Profile, documented
from tests.conftest import DOCKER_20_10, RECORDED
from tests.engines import test_docker29
from tests.helpers.fields import profile_of
from tests.judges import (
    test_beyond_judges,
    test_ipv6_judges,
    test_neighbour_judges,
    test_reach_judges,
    test_seed_judges,
    test_upgrade_judges,
)


def _as(version: str, backend: str = "iptables") -> Profile:
    return documented().for_engine("Docker Engine", version, "rootful", backend)


IPV6_CONFIGURED = RECORDED / "docker-20.10-ipv6"
# each module's deviations, and the recording and profile they change: as a real run judges it
SOURCES: list[tuple[dict[str, tuple[str, Any, str]], Path, Profile]] = [
    (test_seed_judges.DEVIATIONS, DOCKER_20_10, _as("20.10.24")),
    (test_beyond_judges.DEVIATIONS, DOCKER_20_10, _as("20.10.24")),
    (test_neighbour_judges.DEVIATIONS, DOCKER_20_10, _as("20.10.24")),
    (test_reach_judges.DEVIATIONS, DOCKER_20_10, _as("20.10.24")),
    (test_ipv6_judges.DEVIATIONS, DOCKER_20_10, _as("20.10.24")),
    (
        test_ipv6_judges.CONFIGURED_DEVIATIONS,
        RECORDED / "docker-20.10-ipv6",
        profile_of(RECORDED / "docker-20.10-ipv6"),
    ),
    (test_upgrade_judges.DEVIATIONS, DOCKER_20_10, _as("20.10.24")),
    (test_upgrade_judges.LIVE_DEVIATIONS, RECORDED / "docker-20.10-live-restore", _as("20.10.24")),
    (test_docker29.GWM_DEVIATIONS, RECORDED / "docker-29.7", _as("29.7.2")),
    (test_docker29.NFT_DEVIATIONS, RECORDED / "docker-29.7-nftables", _as("29.7.2", "nftables")),
]
CASES = {
    name: (claim, deviate, names, folder, profile)
    for deviations, folder, profile in SOURCES
    for name, (claim, deviate, names) in deviations.items()
}
# no deviation: the same recording judged as a later version documents it (what 28.0 changed)
LATER = {
    name: (claim, names, DOCKER_20_10, _as("20.10.24"), _as("28.5.2"))
    for name, (claim, names) in test_reach_judges.AS_28.items()
}
