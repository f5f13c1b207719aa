"""A default bridge configured for IPv6 (`--ipv6 --fixed-cidr-v6`), on an engine of the test's own:
D-V6-6 passes as configured under `--profile daemon`, and fails under the documented default,
which has no IPv6 on the default bridge."""

from __future__ import annotations

import os

import pytest

from docker_conformance.conformance.core.summary import Summary
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.engines.launch import engine
from tests.helpers.runner import run_suite

pytestmark = [
    pytest.mark.mutant,
    pytest.mark.root,
    pytest.mark.skipif(os.geteuid() != 0, reason="a second engine needs root"),
]
PREFIX = "2001:db8:dcf:66::/64"


def test_default_bridge_with_ipv6(tmp_path):
    with engine("--ipv6", "--fixed-cidr-v6", PREFIX) as running:
        results = {
            profile: run_suite(
                "--profile",
                profile,
                "-k",
                "V6",
                env={"DOCKER_HOST": running.docker_host},
                reports=tmp_path / profile,
            )
            for profile in ("daemon", "default")
        }
    daemon = Summary.load(tmp_path / "daemon" / "summary.json")
    assert daemon.claims["D-V6-6"].verdict == Status.DEVIATES, daemon.claims["D-V6-6"].reason
    assert f"fixed-cidr-v6={PREFIX}" in daemon.claims["D-V6-6"].reason
    assert results["daemon"].returncode == 0, results["daemon"].stdout
    default = Summary.load(tmp_path / "default" / "summary.json")
    assert set(default.failed()) == {"D-V6-6", "D-V6OFF-1"}  # the default bridge is not IPv4-only
    assert daemon.claims["D-V6OFF-1"].verdict == Status.NOT_APPLICABLE
    assert "the default bridge's IPv6 subnet" in default.claims["D-V6-6"].reason
