"""A rootless Docker engine (RootlessKit, slirp4netns) for a user of the suite's own, as
Docker's `dockerd-rootless.sh` starts one: its network is RootlessKit's namespace, its published
ports are RootlessKit's, in the user's.

Needs root (to make the user and its runtime folder), Debian's `rootlesskit`, `slirp4netns` and
`uidmap`, and `/dev/net/tun` open to the user: a stock Debian has it 0666; where it is 0600 it is
opened for the engine's life and set back after.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from docker_conformance.engines.launch import answers
from docker_conformance.engines.users import CONTRIB, environment, run_as
from docker_conformance.engines.users import user as account
from docker_conformance.observe.waiting import wait_for

USER = "dcf-rootless"


@dataclass(frozen=True)
class Rootless:
    docker_host: str


NEEDS = ("rootlesskit", "slirp4netns", "newuidmap")


def missing() -> list[str]:
    """What this host lacks for a rootless engine (empty: nothing)."""
    absent = [tool for tool in NEEDS if not shutil.which(tool)]
    if not Path(CONTRIB, "dockerd-rootless.sh").exists():
        absent.append(f"{CONTRIB}/dockerd-rootless.sh (docker.io)")
    return absent


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
    user = account(USER)
    runtime = Path(f"/run/user/{user.pw_uid}")
    runtime.mkdir(parents=True, exist_ok=True)
    os.chown(runtime, user.pw_uid, user.pw_gid)
    runtime.chmod(0o700)
    env = environment(user)
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


def run_as_owner(
    running: Rootless, *args: str, reports: Path, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """The suite run by the engine's owner, as a student on rootless Docker would."""
    return run_as(USER, *args, docker_host=running.docker_host, reports=reports, timeout=timeout)
