"""An engine reached with `ssh://`, for real: sshd in a network namespace the test makes, on a
benchmarking /24 no route covers, serving this machine's engine to `docker system dial-stdio`.
Through ssh the engine's host is not this process's to see, so the probe observes it; a host
key that does not match ends the run with exit 24 and ssh's own words."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from docker_conformance.conformance.core.errors import ExitStatus
from docker_conformance.conformance.core.summary import Summary
from docker_conformance.conformance.model.engine import Observer
from docker_conformance.observe.netview import read_netns
from docker_conformance.observe.nsenter import add_named_netns, delete_named_netns
from docker_conformance.observe.outside import reserved_range, wire
from docker_conformance.observe.ownership import Run
from docker_conformance.observe.waiting import wait_for
from tests.helpers.runner import run_suite

pytestmark = [
    pytest.mark.engine,
    pytest.mark.root,
    pytest.mark.skipif(os.geteuid() != 0, reason="sshd in a namespace of its own needs root"),
    pytest.mark.skipif(not Path("/usr/sbin/sshd").exists(), reason="no sshd (Debian's openssh-server)"),
]


def _listening(address: str) -> bool:
    try:
        socket.create_connection((address, 22), timeout=1).close()
    except OSError:
        return False
    return True


def _keygen(path: Path) -> str:
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(path)], check=True)
    return path.with_suffix(".pub").read_text().strip()


@contextmanager
def sshd(folder: Path) -> Iterator[tuple[str, str]]:
    """sshd in its own namespace; yields its address and its host key (the public line)."""
    run = Run()
    name, veth = run.netns_name("sshd"), f"dcfs{os.getpid() % 100000}"
    host_key, user_key = _keygen(folder / "host_key"), _keygen(folder / "id_ed25519")
    (folder / "authorized_keys").write_text(user_key + "\n")
    with reserved_range(read_netns(None), "s") as net:
        add_named_netns(name)
        try:
            _, there = wire(None, name, veth, "eth0", net)
            Path("/run/sshd").mkdir(exist_ok=True)
            options = {
                "ListenAddress": there, "HostKey": folder / "host_key", "PidFile": "none", "UsePAM": "no",
                "AuthorizedKeysFile": folder / "authorized_keys", "StrictModes": "no",
                "PermitRootLogin": "prohibit-password", "PasswordAuthentication": "no",
            }  # fmt: skip
            argv = ["ip", "netns", "exec", name, "/usr/sbin/sshd", "-D", "-e", "-f", "/dev/null"]
            daemon = subprocess.Popen(
                [*argv, *(f"-o{k}={v}" for k, v in options.items())], stderr=subprocess.DEVNULL
            )
            try:
                wait_for(lambda: _listening(there), timeout=20, what=f"sshd on {there}:22")
                yield there, host_key
            finally:
                daemon.terminate()
                daemon.wait(timeout=30)
        finally:
            delete_named_netns(name)


def _client(folder: Path, address: str, known: str) -> dict[str, str]:
    """The environment of a client whose ssh trusts `known` for `address` and uses the test's
    key. OpenSSH reads ~/.ssh from the password database, not $HOME, so the real ssh is called
    through a wrapper that names its configuration (nothing else changes)."""
    (folder / "known_hosts").write_text(f"{address} {known}\n")
    (folder / "ssh_config").write_text(
        f"Host {address}\n  IdentityFile {folder / 'id_ed25519'}\n"
        f"  UserKnownHostsFile {folder / 'known_hosts'}\n  StrictHostKeyChecking yes\n  BatchMode yes\n"
    )
    wrapper = folder / "bin" / "ssh"
    wrapper.parent.mkdir(exist_ok=True)
    wrapper.write_text(f'#!/bin/sh\nexec {shutil.which("ssh")} -F {folder / "ssh_config"} "$@"\n')
    wrapper.chmod(0o755)
    return {"PATH": f"{wrapper.parent}:{os.environ['PATH']}", "DOCKER_HOST": f"ssh://root@{address}"}


def test_an_engine_over_ssh_is_observed_through_the_probe(tmp_path):
    with sshd(tmp_path) as (address, host_key):
        result = run_suite(env=_client(tmp_path, address, host_key), reports=tmp_path / "reports")
    assert result.returncode == 0, result.stdout + result.stderr
    summary = Summary.load(tmp_path / "reports" / "summary.json")
    assert summary.engine["engine.observed_by"] == Observer.PROBE
    assert summary.failed() == []


def test_a_changed_host_key_is_refused_with_its_reason(tmp_path):
    with sshd(tmp_path) as (address, _):
        other = _keygen(tmp_path / "other_key")
        result = run_suite(env=_client(tmp_path, address, other), reports=tmp_path / "reports")
    output = result.stdout + result.stderr
    assert result.returncode == int(ExitStatus.SSH_REFUSED), output
    assert "Host key verification failed" in output
    assert "Traceback" not in output
