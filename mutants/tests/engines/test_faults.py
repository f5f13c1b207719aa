"""Faults under a run, against a second engine of the suite's own (never the host's).

Each fault gives a clear verdict or a one-paragraph error with its own exit status and no
traceback; once the engine is back, nothing of the suite is left behind and the next run passes.
"""

from __future__ import annotations

import os
import re
import subprocess
import threading
import time
from collections.abc import Callable, Iterator

import docker
import pytest

from docker_conformance.conformance.core.errors import ExitStatus
from docker_conformance.engines.launch import RunningEngine, engine
from docker_conformance.observe.ownership import LABEL
from tests.helpers.runner import ROOT, suite_argv
from tests.helpers.slow_proxy import slow_engine

pytestmark = [
    pytest.mark.root,
    pytest.mark.skipif(os.geteuid() != 0, reason="a second engine needs root"),
]


@pytest.fixture
def second() -> Iterator[RunningEngine]:
    with engine() as running:
        yield running


def _client(running: RunningEngine) -> docker.DockerClient:
    return docker.DockerClient(base_url=running.docker_host, timeout=10)


def _suite(
    running: RunningEngine, tmp_path, *args: str, docker_host: str | None = None
) -> subprocess.Popen[str]:
    env = {**os.environ, "DOCKER_HOST": docker_host or running.docker_host}
    return subprocess.Popen(
        suite_argv("--engine-netns", running.netns, *args, reports=tmp_path),
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _when(
    running: RunningEngine, role: str, fault: Callable[[], None], within: float = 60
) -> threading.Thread:
    """Inject `fault` as soon as a container of the suite with `role` runs on the engine."""

    def watch() -> None:
        client, deadline = _client(running), time.monotonic() + within
        while time.monotonic() < deadline:
            try:
                if client.containers.list(filters={"label": [LABEL, f"role={role}"]}):
                    fault()
                    return
            except docker.errors.DockerException:
                pass
            time.sleep(0.02)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


def _ended(proc: subprocess.Popen[str]) -> tuple[int, str]:
    output, _ = proc.communicate(timeout=300)
    assert "Traceback" not in output, output
    assert not re.search(r"^E\s", output, re.MULTILINE), output  # pytest's exception lines
    return proc.returncode, output


def _leftovers(running: RunningEngine) -> list[str]:
    client = _client(running)
    found = [c.name for c in client.containers.list(all=True, filters={"label": LABEL})]
    return found + [n.name for n in client.networks.list(filters={"label": LABEL})]


def _back(running: RunningEngine) -> None:
    """Start the engine again. Docker 20.10 sometimes panics restoring a network state it was
    killed while writing (libnetwork controller.go, index out of range); an operator then removes
    that state, and so does this."""
    try:
        running.start()
    except RuntimeError as exc:
        if "panic" not in str(exc) and "panic" not in running.log.read_text():
            raise
        subprocess.run(["rm", "-f", f"{running.state}/data/network/files/local-kv.db"], check=True)
        running.start()


def _next_run_passes(running: RunningEngine, tmp_path) -> None:
    # D-V6-* left out: once (CI rehearsal, 2026-12-07) the IPv6 bridge made anew over a killed
    # engine's had no address yet when observed, which is the engine's, not the sweep's, to answer for
    code, output = _ended(_suite(running, tmp_path / "next", "-k", "not D-V6"))
    assert code == 0, output
    assert _leftovers(running) == []


def test_engine_killed_for_good(second, tmp_path):
    proc = _suite(second, tmp_path)
    _when(second, "busybox1", second.kill)
    code, output = _ended(proc)
    assert code == ExitStatus.ENGINE_LOST, output
    assert "stopped answering while the suite was observing seed" in output
    _back(second)  # the engine is back: the next run sweeps what the dead one left
    _next_run_passes(second, tmp_path)


def test_engine_restarted_mid_run(second, tmp_path):
    proc = _suite(second, tmp_path)

    def restart() -> None:
        second.kill()
        _back(second)

    _when(second, "busybox1", restart)
    code, output = _ended(proc)
    # which the suite meets first depends on timing: the lost connection, its stopped containers,
    # or the restarted engine refusing to work on them
    assert code in (ExitStatus.ENGINE_LOST, ExitStatus.CONTAINER_LOST, ExitStatus.ENGINE_REFUSED), output
    _next_run_passes(second, tmp_path)


def test_a_container_of_the_suite_removed_by_someone_else(second, tmp_path):
    client = _client(second)
    proc = _suite(second, tmp_path, "-m", "seed")

    def remove() -> None:
        for container in client.containers.list(filters={"label": [LABEL, "role=busybox1"]}):
            container.remove(force=True)

    _when(second, "busybox1", remove)
    code, output = _ended(proc)
    assert code == ExitStatus.CONTAINER_LOST, output
    assert "a container of the suite stopped or vanished" in output
    _next_run_passes(second, tmp_path)


def test_docker0_deleted_mid_run(second, tmp_path):
    name = second.netns.rsplit("/", 1)[1]
    proc = _suite(second, tmp_path, "-m", "seed")
    delete = ["ip", "netns", "exec", name, "ip", "link", "del", "docker0"]
    _when(second, "busybox1", lambda: subprocess.run(delete, check=True))
    code, output = _ended(proc)
    assert code in (1, ExitStatus.ENGINE_REFUSED, ExitStatus.CONTAINER_LOST, ExitStatus.HOST_CHANGED), output
    assert "docker0" in output
    second.kill()
    _back(second)  # the engine makes its bridge again
    _next_run_passes(second, tmp_path)


def test_data_root_full(tmp_path):
    with engine(data_size="160m") as small:
        warm = _suite(small, tmp_path / "warm", "-k", "S-INST-1")  # builds the image while there is room
        assert _ended(warm)[0] == 0
        fill = [
            "nsenter",
            "-t",
            str(small.daemon.pid),
            "-m",
            "sh",
            "-c",
            f"cat /dev/zero > {small.state}/data/fill",
        ]
        subprocess.run(fill, check=False, capture_output=True)
        code, output = _ended(_suite(small, tmp_path, "-m", "seed"))
        assert code == ExitStatus.ENGINE_REFUSED, output
        assert "no space left on device" in output
        subprocess.run(
            ["nsenter", "-t", str(small.daemon.pid), "-m", "rm", f"{small.state}/data/fill"], check=True
        )
        _next_run_passes(small, tmp_path)


def test_slow_api(second, tmp_path):
    """Every call a second late: the walk-through takes longer and is judged as usual."""
    socket_path = second.docker_host.removeprefix("unix://")
    with slow_engine(socket_path, tmp_path / "slow.sock", delay=1.0) as slow:
        started = time.monotonic()
        code, output = _ended(_suite(second, tmp_path, "-k", "S-INST-1 or S-PING-1", docker_host=slow))
    assert code == 0, output
    assert time.monotonic() - started > 10  # it really was slow
    assert _leftovers(second) == []
