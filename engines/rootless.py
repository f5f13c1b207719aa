"""A rootless Docker engine (RootlessKit, slirp4netns) for a user of the suite's own, as
Docker's `dockerd-rootless.sh` starts one: its network is RootlessKit's namespace, its published
ports are RootlessKit's, in the user's.

Needs root (to make the user and its runtime folder), Debian's `rootlesskit`, `slirp4netns` and
`uidmap`, and `/dev/net/tun` open to the user: a stock Debian has it 0666; where it is 0600 it is
opened for the engine's life and set back after.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from conformance.command import ROOT, full_reports, suite_argv
from engines.launch import answers
from fixtures.waiting import wait_for

USER = "dcf-rootless"


@dataclass(frozen=True)
class Rootless:
    docker_host: str


CONTRIB = "/usr/share/docker.io/contrib"  # dockerd-rootless.sh
NEEDS = ("rootlesskit", "slirp4netns", "newuidmap")


def missing() -> list[str]:
    """What this host lacks for a rootless engine (empty: nothing)."""
    absent = [tool for tool in NEEDS if not shutil.which(tool)]
    if not Path(CONTRIB, "dockerd-rootless.sh").exists():
        absent.append(f"{CONTRIB}/dockerd-rootless.sh (docker.io)")
    return absent


def _user() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(USER)
    except KeyError:
        subprocess.run(["useradd", "--create-home", "--shell", "/bin/sh", USER], check=True)
        return pwd.getpwnam(USER)


@contextmanager
def _tun_open() -> Iterator[None]:
    tun = Path("/dev/net/tun")
    mode = tun.stat().st_mode & 0o777
    if mode & 0o006 != 0o006:
        tun.chmod(0o666)
    try:
        yield
    finally:
        tun.chmod(mode)


@contextmanager
def rootless_engine() -> Iterator[Rootless]:
    """Start the user's rootless dockerd; yield it; stop it and its helpers after."""
    user = _user()
    runtime = Path(f"/run/user/{user.pw_uid}")
    runtime.mkdir(parents=True, exist_ok=True)
    os.chown(runtime, user.pw_uid, user.pw_gid)
    runtime.chmod(0o700)
    env = _env(user)
    docker_host = f"unix://{runtime}/docker.sock"
    log = (runtime / "dockerd.log").open("ab")
    with _tun_open():
        daemon = subprocess.Popen(
            ["dockerd-rootless.sh"],
            env=env,
            user=user.pw_uid,
            group=user.pw_gid,
            extra_groups=[],
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        try:
            wait_for(lambda: daemon.poll() is not None or answers(docker_host), timeout=60,
                     what="the rootless engine to answer")  # fmt: skip
            if daemon.poll() is not None:
                raise RuntimeError(
                    f"the rootless engine exited: {(runtime / 'dockerd.log').read_text()[-2000:]}"
                )
            yield Rootless(docker_host)
        finally:
            with_group = os.getpgid(daemon.pid) if daemon.poll() is None else None
            if with_group:
                os.killpg(with_group, signal.SIGTERM)
                try:
                    daemon.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    os.killpg(with_group, signal.SIGKILL)
                    daemon.wait()
            log.close()
            subprocess.run(["pkill", "-KILL", "-u", USER], check=False)


def _env(user: pwd.struct_passwd) -> dict[str, str]:
    return {
        "HOME": user.pw_dir,
        "USER": USER,
        "XDG_RUNTIME_DIR": f"/run/user/{user.pw_uid}",
        "PATH": f"/usr/sbin:/usr/bin:/sbin:/bin:{CONTRIB}",
    }


def _python() -> str:
    """This Python version, from where every user may run it (a venv's, or pyenv's under /root,
    may be closed to them): the system's when it has this version."""
    system = Path(f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}")
    return str(system) if system.exists() else os.path.realpath(sys.executable)


def run_as_owner(
    running: Rootless, *args: str, reports: Path, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """The suite run by the engine's owner, as a student on rootless Docker would: no root, no
    sudo. It runs from a copy of the project and of this interpreter's packages that the user
    may read (the project may sit in root's home), with the user's environment; its reports are
    copied to `reports` (summary.json, junit.xml, allure-results/, observations/)."""
    user = pwd.getpwnam(USER)
    skip = shutil.ignore_patterns(".tox", ".git", "reports", "build", "__pycache__", "*.egg-info")
    with tempfile.TemporaryDirectory(prefix="dcf-owner-") as tmp:
        base = Path(tmp)
        shutil.copytree(ROOT, base / "project", ignore=skip)
        packages = [p for p in sys.path if p.startswith(sys.prefix) and p.endswith("site-packages")]
        for number, folder in enumerate(packages):
            shutil.copytree(folder, base / f"packages-{number}", ignore=skip, symlinks=True)
        out = base / "reports"
        out.mkdir()
        os.chown(out, user.pw_uid, user.pw_gid)
        subprocess.run(["chmod", "-R", "a+rX", tmp], check=True)
        path = [str(base / "project"), *(str(base / f"packages-{n}") for n in range(len(packages)))]
        env = _env(user) | {
            "DOCKER_HOST": running.docker_host,
            "PYTHONPATH": ":".join(path),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        python = _python()
        try:
            return subprocess.run(
                [python, *suite_argv(*args, *full_reports(out), reports=out)[1:]],
                cwd=base / "project",
                env=env,
                user=user.pw_uid,
                group=user.pw_gid,
                extra_groups=[],
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        finally:
            shutil.copytree(out, reports, dirs_exist_ok=True)
