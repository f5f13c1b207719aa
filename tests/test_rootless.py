"""A rootless engine (RootlessKit, slirp4netns), judged from root: every claim passes, the
suite entering RootlessKit's namespace through the socket's owner; its one documented
difference, D-HAIRPIN-1, is named with its source; D-PORT-1 is also read where the user
connects, the host's loopback, through RootlessKit's port driver."""

from __future__ import annotations

import os
import shutil

import pytest

from conformance.errors import ExitStatus
from conformance.model import store
from conformance.summary import Summary
from conformance.verdict import Status
from engines.rootless import missing, rootless_engine
from tests.runner import run_suite

pytestmark = [
    pytest.mark.engine,
    pytest.mark.root,
    pytest.mark.skipif(os.geteuid() != 0, reason="a rootless engine for a user of its own needs root"),
    pytest.mark.skipif(bool(missing()), reason=f"missing for a rootless engine: {', '.join(missing())}"),
]


def test_a_rootless_engine_passes_with_its_documented_difference(tmp_path):
    with rootless_engine() as running:
        result = run_suite(env={"DOCKER_HOST": running.docker_host}, reports=tmp_path)
    assert result.returncode == 0, result.stdout
    summary = Summary.load(tmp_path / "summary.json")
    assert summary.engine["engine.mode"] == "rootless"
    assert summary.engine["engine.netns"].startswith("/proc/")
    assert summary.claims["D-HAIRPIN-1"].verdict == Status.DOCUMENTED
    assert "RootlessKit" in summary.claims["D-HAIRPIN-1"].reason
    assert store.load(tmp_path, "published_port").received_on_host == "conformance"


@pytest.mark.skipif(not shutil.which("setpriv"), reason="needs setpriv")
def test_without_the_right_to_enter_its_namespace_the_run_says_so(tmp_path):
    """As the engine's owner (here: root without CAP_SYS_ADMIN, who can no more enter it), the
    run stops with one paragraph and exit 16, never with failures that blame the engine."""
    with rootless_engine() as running:
        result = run_suite(
            env={"DOCKER_HOST": running.docker_host},
            reports=tmp_path,
            wrap=["setpriv", "--inh-caps=-sys_admin", "--bounding-set=-sys_admin"],
        )
    output = result.stdout + result.stderr
    assert result.returncode == int(ExitStatus.ENGINE_NETNS_UNKNOWN), output
    assert "is rootless" in output
    assert "Traceback" not in output
