"""A rootless engine (RootlessKit, slirp4netns), judged from root and by its owner: every claim
passes, the suite entering RootlessKit's namespace through the socket's owner (as root) or
starting itself in RootlessKit's namespaces (as the owner); its one documented difference,
D-HAIRPIN-1, is named with its source; D-PORT-1 is also read where the user connects, the
host's loopback, through RootlessKit's port driver."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time

import docker
import pytest

from docker_conformance.conformance.core.errors import ExitStatus
from docker_conformance.conformance.core.registry import of_a_run
from docker_conformance.conformance.core.summary import Summary
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.model import store
from docker_conformance.conformance.model.engine import Observer
from docker_conformance.engines.rootless import USER, missing, rootless_engine, run_as_owner
from docker_conformance.engines.users import run_as, started_as, user
from docker_conformance.observe.engine import DEFAULT_SOCKET
from docker_conformance.observe.ownership import LABEL
from tests.helpers.runner import first_start, run_suite

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


def test_its_owner_runs_the_suite_without_root_and_every_claim_is_judged(tmp_path):
    """As the engine's owner, no root and no sudo: the suite starts itself in RootlessKit's
    namespaces and judges what it saw there; the user's side of the published port is read
    through sockets opened in the user's namespace; nothing is left behind."""
    with rootless_engine() as running:
        result = run_as_owner(running, reports=tmp_path)
        client = docker.DockerClient(base_url=running.docker_host)
        left = client.containers.list(all=True, filters={"label": LABEL}) + client.networks.list(
            filters={"label": LABEL}
        )
    assert result.returncode == 0, result.stdout + result.stderr
    summary = Summary.load(tmp_path / "summary.json")
    assert summary.engine["engine.observed_by"] == Observer.ENTERED
    assert len(summary.claims) == len(of_a_run())
    # every claim judged: none is skipped for lack of privileges (D-V6-6 has nothing to judge there)
    unjudged = {c for c, r in summary.claims.items() if r.verdict == Status.NOT_APPLICABLE}
    assert all(r.passed for c, r in summary.claims.items() if c not in unjudged)
    # the gateway modes (D-GWM-*) came after this engine's version; in RootlessKit's namespace
    # forwarding is on before the engine runs and FORWARD's policy is ACCEPT: whether the engine
    # enabled it cannot be told, so D-FWD-1 says so (D-REACH-2 judges the exposure)
    expected = {"D-V6-6", "D-GWM-1", "D-GWM-2", "D-GWM-3", "D-GWM-4", "D-FWD-1"}
    assert unjudged == expected, {c: summary.claims[c].reason for c in unjudged}
    assert summary.claims["D-HAIRPIN-1"].verdict == Status.DOCUMENTED
    assert store.load(tmp_path, "published_port").received_on_host == "conformance"
    assert not left


def test_ctrl_c_as_the_owner_leaves_nothing_behind(tmp_path):
    """A Ctrl-C (SIGINT to the run's process group) while the probe in RootlessKit's namespaces
    observes: the probe gets one SIGTERM and tears down; nothing of the run stays on the engine."""
    with rootless_engine() as running:
        client = docker.DockerClient(base_url=running.docker_host)

        def made() -> list:
            return client.containers.list(all=True, filters={"label": LABEL})

        since = time.time()
        with started_as(USER, docker_host=running.docker_host, reports=tmp_path) as run:
            assert first_start([client], since, timeout=120), "the run started no container"
            os.killpg(run.pid, signal.SIGINT)
            run.wait(timeout=180)
        left = made() + client.networks.list(filters={"label": LABEL})
    assert run.returncode != 0  # interrupted, not finished
    assert not left


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


def test_its_owner_in_the_docker_group_judges_the_engine_docker_host_names(tmp_path):
    """The owner of a rootless engine who is also in the docker group of this host's rootful one:
    with DOCKER_HOST naming the rootful engine, that engine is judged (through the engine, as a
    student's), and the run says which."""
    with rootless_engine():
        user(USER, "docker")
        try:
            result = run_as(USER, docker_host=DEFAULT_SOCKET, reports=tmp_path)
        finally:
            subprocess.run(["gpasswd", "-d", USER, "docker"], check=True, capture_output=True)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = Summary.load(tmp_path / "summary.json")
    assert summary.engine["engine.docker_host"] == DEFAULT_SOCKET
    assert summary.engine["engine.mode"] == "rootful"
    assert summary.engine["engine.observed_by"] == Observer.THROUGH
    assert f"Observed through the engine at {DEFAULT_SOCKET}: {USER} (uid " in result.stdout
