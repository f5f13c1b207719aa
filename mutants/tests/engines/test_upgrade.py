"""`docker-conformance upgrade before` / `after` around a real restart of an engine of the suite's own
(Docker 20.10.24 in a namespace of its own: the host's engine is never stopped): the smallest upgrade
passes and times its outage; a user's DOCKER-USER rule deleted, their container and one of the
suite's not restarted, fail and are named; `after` without a `before` is 29; nothing is left."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import docker
import pytest

from docker_conformance.conformance.core.errors import ExitStatus
from docker_conformance.conformance.core.summary import ClaimRecord
from docker_conformance.engines.launch import RunningEngine, engine
from docker_conformance.observe import image as images
from docker_conformance.observe.kept import STATE
from docker_conformance.observe.ports import CONTAINER_PORT, LISTENER

pytestmark = [
    pytest.mark.engine,
    pytest.mark.root,
    pytest.mark.skipif(os.geteuid() != 0, reason="an upgrade check makes namespaces and rules: root"),
]
USERS_RULE = ["-s", "203.0.113.250/32", "-m", "comment", "--comment", "kept by the user", "-j", "DROP"]


def _step(running: RunningEngine, folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DOCKER_HOST": running.docker_host}
    return subprocess.run(
        [sys.executable, "-m", "docker_conformance.upgrade", *args],
        cwd=folder, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip


def _iptables(running: RunningEngine, *args: str) -> subprocess.CompletedProcess[str]:
    netns = Path(running.netns).name
    return subprocess.run(
        ["ip", "netns", "exec", netns, "iptables", "-w", *args], capture_output=True, text=True
    )


@pytest.fixture
def host() -> Iterator[tuple[RunningEngine, docker.DockerClient]]:
    """An engine with a container of a user's (a restart policy, a published port) and a rule of a
    user's in DOCKER-USER; no upgrade of the host's own may be open meanwhile."""
    with engine() as running:
        client = docker.DockerClient(base_url=running.docker_host)
        client.containers.run(
            images.resolve(client), list(LISTENER), name="mysite", detach=True, dns=["127.0.0.1"],
            restart_policy={"Name": "always"}, ports={f"{CONTAINER_PORT}/tcp": None},
        )  # fmt: skip
        assert _iptables(running, "-I", "DOCKER-USER", *USERS_RULE).returncode == 0
        yield running, client


def _summary(folder: Path) -> dict:
    return json.loads((folder / "reports" / "summary.json").read_text())


def test_a_plain_restart_keeps_everything_and_its_outage_is_timed(host, tmp_path):
    running, client = host
    made = _step(running, tmp_path, "before")
    assert made.returncode == 0, made.stdout + made.stderr
    assert "1 running container(s) of yours" in made.stdout
    running.stop()
    running.start()
    judged = _step(running, tmp_path, "after", "-k", "U-")
    assert judged.returncode == 0, judged.stdout + judged.stderr
    assert "while the engine was down: loopback 127.0.0.1:" in judged.stdout
    summary = _summary(tmp_path)
    verdicts = {c: r["verdict"] for c, r in summary["claims"].items()}
    assert sum(v != "not-applicable" for v in verdicts.values()) >= 8, verdicts
    assert "fails" not in verdicts.values()
    user_ports = [f for f in summary["claims"]["U-USER-2"]["facts"] if f["key"] == "upgrade_user_port"]
    assert user_ports
    assert all(f["holds"] for f in user_ports)
    assert not [p for p in STATE.glob("*/record.json") if running.docker_host in p.read_text()]  # removed
    assert not client.networks.list(filters={"label": "io.docker-conformance.upgrade"})


def test_a_lost_rule_and_containers_that_did_not_come_back_fail_and_are_named(host, tmp_path):
    running, client = host
    made = _step(running, tmp_path, "before")
    assert made.returncode == 0, made.stdout + made.stderr
    client.containers.get("mysite").update(restart_policy={"Name": "no"})  # theirs: not restarted
    web0 = next(c for c in client.containers.list() if c.labels.get("role") == "web0")
    web0.update(restart_policy={"Name": "no"})  # the suite's: not restarted either
    running.stop()
    running.start()
    assert _iptables(running, "-D", "DOCKER-USER", *USERS_RULE).returncode == 0  # the upgrade lost it
    judged = _step(running, tmp_path, "after", "-k", "U-")
    assert judged.returncode == 1, judged.stdout + judged.stderr
    claims = _summary(tmp_path)["claims"]
    failed = {c for c, r in claims.items() if r["verdict"] == "fails"}
    assert {"U-UFW-1", "U-USER-1", "U-RESTART-1", "U-UPORT-1"} <= failed, failed
    reasons = {c: ClaimRecord.read(r).reason for c, r in claims.items()}
    assert "missing -A DOCKER-USER -s 203.0.113.250/32" in reasons["U-UFW-1"]  # the lost rule, named
    assert "kept by the user" in reasons["U-UFW-1"]
    assert "mysite (restart always): expected 'running', saw 'stopped'" in reasons["U-USER-1"]
    assert (
        "web0 (restart always) after the upgrade: expected 'running', saw 'stopped'" in reasons["U-RESTART-1"]
    )


def test_after_without_before_is_29(tmp_path):
    """An engine of whose upgrade nothing was recorded (a socket no record names)."""
    env = {**os.environ, "DOCKER_HOST": f"unix://{tmp_path}/never.sock"}
    result = subprocess.run(
        [sys.executable, "-m", "docker_conformance.upgrade", "after"],
        capture_output=True, text=True, check=False, env=env,
    )  # fmt: skip
    assert result.returncode == ExitStatus.NO_RUN
    assert "no upgrade is recorded for the engine at unix://" in result.stderr
    assert "Traceback" not in result.stderr
