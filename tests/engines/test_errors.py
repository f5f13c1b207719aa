"""Bad input ends the run with one clear paragraph and a distinct exit status, no traceback."""

from __future__ import annotations

import os
import shutil
from types import SimpleNamespace

import pytest
import requests
from docker.errors import APIError, NotFound

from docker_conformance.conformance.core.errors import ExitStatus
from docker_conformance.conformance.core.summary import Summary
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.model.engine import Observer
from docker_conformance.observe.commands import ToolMissing, run_in
from docker_conformance.observe.faults import ContainerLost, classify
from tests.helpers.fake_engine import fake_engine
from tests.helpers.runner import run_suite


def _assert_clean_stop(result, status: ExitStatus, says: str) -> None:
    output = result.stdout + result.stderr
    assert result.returncode == int(status), output
    assert says in output
    assert "Traceback" not in output
    assert "passed" not in output


def test_engine_unreachable(tmp_path):
    result = run_suite(env={"DOCKER_HOST": f"unix://{tmp_path}/nothing.sock"}, reports=tmp_path)
    _assert_clean_stop(result, ExitStatus.ENGINE_UNREACHABLE, "no Docker engine answers")


@pytest.mark.parametrize(
    "host",
    ["bogus://where", "tcp://127.0.0.1:notaport", "tcp://[::1", "tcp://", "tcp://127.0.0.1:99999", "unix://",
     "ssh://", "npipe:////./pipe/docker_engine", " "],
)  # fmt: skip
def test_docker_host_malformed(tmp_path, host):
    """Any way an address can be malformed is exit 11 with its paragraph, never a traceback."""
    result = run_suite(env={"DOCKER_HOST": host}, reports=tmp_path)
    _assert_clean_stop(result, ExitStatus.DOCKER_HOST_MALFORMED, "is not an address the Docker client")


def test_engine_api_too_old(tmp_path):
    with fake_engine(tmp_path / "old.sock", api_version="1.12") as host:
        result = run_suite(env={"DOCKER_HOST": host}, reports=tmp_path)
    _assert_clean_stop(result, ExitStatus.ENGINE_API_TOO_OLD, "speaks Docker API")


def test_an_engine_over_the_network_is_not_judged_against_this_host(tmp_path):
    """tcp:// (here a stand-in on loopback) with the probe refused: nothing is judged."""
    with fake_engine(None, api_version="1.41") as host:
        result = run_suite("--probe", "never", env={"DOCKER_HOST": host}, reports=tmp_path)
    _assert_clean_stop(result, ExitStatus.ENGINE_NETNS_UNKNOWN, "is reached over the network")


def test_a_probe_that_cannot_start_says_why(tmp_path):
    """tcp:// to an engine that has no probe image and takes none: one paragraph, exit 22."""
    with fake_engine(None, api_version="1.41") as host:
        result = run_suite(env={"DOCKER_HOST": host}, reports=tmp_path)
    _assert_clean_stop(result, ExitStatus.PROBE_CANNOT_START, "the probe cannot start")


@pytest.mark.parametrize(
    ("ssh_says", "names"),
    [
        ("Host key verification failed.", "the host key is unknown or has changed"),
        ("user@198.51.100.9: Permission denied (publickey).", "the key or user is not accepted"),
    ],
)
def test_ssh_refused(tmp_path, ssh_says, names):
    """ssh:// where ssh refuses (a stand-in `ssh` on PATH: nothing leaves this machine)."""
    fake = tmp_path / "bin" / "ssh"
    fake.parent.mkdir()
    fake.write_text(f"#!/bin/sh\necho '{ssh_says}' >&2\nexit 255\n")
    fake.chmod(0o755)
    env = {"DOCKER_HOST": "ssh://user@198.51.100.9", "PATH": f"{fake.parent}:{os.environ['PATH']}"}
    result = run_suite(env=env, reports=tmp_path)
    _assert_clean_stop(result, ExitStatus.SSH_REFUSED, names)


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root and setpriv")
def test_permission_denied(tmp_path):
    sock = tmp_path / "locked.sock"
    with fake_engine(sock, api_version="1.41") as host:
        sock.chmod(0)
        result = run_suite(
            env={"DOCKER_HOST": host},
            reports=tmp_path,
            wrap=["setpriv", "--inh-caps=-dac_override", "--bounding-set=-dac_override"],
        )
    _assert_clean_stop(result, ExitStatus.PERMISSION_DENIED, "permission denied")


@pytest.mark.engine
def test_invalid_profile(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[bridge]\nsubnet = 17\n")
    result = run_suite("--profile", str(bad), reports=tmp_path)
    _assert_clean_stop(result, ExitStatus.INVALID_PROFILE, "`bridge.subnet`")


@pytest.mark.engine
@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root and setpriv")
def test_without_namespace_entry_those_checks_skip_and_the_rest_run(tmp_path):
    """Without CAP_SYS_ADMIN, and not observing through the engine (`--probe never`): checks that
    enter a namespace are skipped with the reason."""
    result = run_suite(
        "-rs",
        "--probe",
        "never",
        reports=tmp_path,
        wrap=["setpriv", "--inh-caps=-sys_admin", "--bounding-set=-sys_admin"],
    )
    assert result.returncode == 0, result.stdout
    assert "no CAP_SYS_ADMIN" in result.stdout
    verdicts = Summary.load(tmp_path / "summary.json").verdicts()
    assert verdicts["S-VETH-4"] == verdicts["S-EGRESS-1"] == Status.NOT_APPLICABLE
    assert verdicts["S-BR-1"] == verdicts["S-BRCTL-1"] == verdicts["S-PING-1"] == "conforms"


class _Client:
    def __init__(self, up: bool, bridge: str = "lo") -> None:
        self.up = up
        self.api = SimpleNamespace(
            inspect_network=lambda _name: {"Options": {"com.docker.network.bridge.name": bridge}}
        )

    def ping(self) -> bool:
        if not self.up:
            raise requests.ConnectionError("connection refused")
        return True


def _engine(up: bool = True, bridge: str = "lo", observed_by: Observer = Observer.PROCESS) -> SimpleNamespace:
    facts = SimpleNamespace(docker_host="unix:///run/x.sock", netns=None, observed_by=observed_by)
    return SimpleNamespace(client=_Client(up, bridge), facts=facts, netns=None)


FAULTS = {
    "connection lost": (requests.ConnectionError("aborted"), True, ExitStatus.ENGINE_LOST),
    "an answer, but the engine is gone now": (APIError("500 Server Error"), False, ExitStatus.ENGINE_LOST),
    "container removed": (NotFound("No such container: abc"), True, ExitStatus.CONTAINER_LOST),
    "container stopped": (ContainerLost("busybox1 is not running"), True, ExitStatus.CONTAINER_LOST),
    "disk full": (APIError("500", explanation="no space left on device"), True, ExitStatus.ENGINE_REFUSED),
    "a wait ran out": (TimeoutError("timed out after 3s waiting for x"), True, ExitStatus.WAIT_TIMED_OUT),
    "a device vanished": (OSError(19, "No such device"), True, ExitStatus.HOST_CHANGED),
    "a namespace closed to this process": (
        PermissionError(13, "Permission denied", "/proc/4242/ns/net"),
        True,
        ExitStatus.PERMISSION_DENIED,
    ),
    "a container's process gone": (
        FileNotFoundError(2, "No such file or directory", "/proc/4242/ns/net"),
        True,
        ExitStatus.CONTAINER_LOST,
    ),
    "a tool not installed": (ToolMissing("iptables-nft-save"), True, ExitStatus.TOOL_MISSING),
}


@pytest.mark.parametrize(("exc", "up", "status"), FAULTS.values(), ids=FAULTS.keys())
def test_faults_are_classified(exc, up, status):
    error = classify(_engine(up), exc, "observing seed")
    assert error.status is status
    assert "observing seed" in error.paragraph()
    assert error.paragraph().endswith(f"(exit status {int(status)})")


@pytest.mark.parametrize(
    ("bridge", "observed_by", "says"),
    [
        ("dcf-gone0", Observer.PROCESS, "dcf-gone0, the engine's default bridge, is gone"),
        ("lo", Observer.PROCESS, "was the bridge deleted?"),  # it is there: something else vanished
        ("dcf-gone0", Observer.PROBE, "was the bridge deleted?"),  # not this process's host to look at
    ],
)
def test_a_vanished_device_names_the_engine_s_bridge_when_it_is_gone(bridge, observed_by, says):
    engine = _engine(bridge=bridge, observed_by=observed_by)
    error = classify(engine, OSError(19, "No such device"), "observing seed")
    assert error.status is ExitStatus.HOST_CHANGED
    assert says in error.paragraph()


def test_a_tool_is_found_off_a_login_shell_s_path_or_named_as_missing(monkeypatch):
    """A user's login shell on Debian has no /usr/sbin on PATH: the suite still finds iptables and
    nsenter there; a tool that is really missing is "could not act", naming it, never "a device
    vanished"."""
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    assert run_in(None, "ip", "-V").returncode == 0  # /usr/sbin/ip, /sbin/ip or /usr/bin/ip
    with pytest.raises(ToolMissing, match="`dcf-no-such-tool` is not installed"):
        run_in(None, "dcf-no-such-tool")
    error = classify(_engine(), ToolMissing("iptables-nft"), "observing reachability")
    assert error.status is ExitStatus.TOOL_MISSING
    assert "could not act" in error.paragraph()
    assert "vanished" not in error.paragraph()
