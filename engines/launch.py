"""Start a Docker engine beside the host's, in a network namespace of its own.

Its own socket, data root, exec root and pid file, and a private mount namespace with a fresh
sysfs, the host's cgroup tree re-attached and a private /run (see ../shared/ENGINES.md: not
`ip netns exec`, which remounts /sys so the cgroup v1 mounts vanish). Two kinds:

- the host's own dockerd (`rootfs=None`), for example with deviating flags;
- a dockerd inside a debootstrapped root filesystem (`engines/provision.py`), entered with
  pivot_root (under chroot, `docker exec` would land in the host's /).

The namespace is named like the suite's own (`dcf-<run>-<pid>-<start>-engine`), so a run
killed midway is swept by the next one.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import docker
from docker.errors import DockerException

from fixtures.nsenter import add_named_netns, delete_named_netns
from fixtures.ownership import Run
from fixtures.waiting import wait_for

HOST_BINARIES = """set -e
mkdir -p "$D/cgroup"
mount --rbind /sys/fs/cgroup "$D/cgroup"
mount -t sysfs sysfs /sys
mount --rbind "$D/cgroup" /sys/fs/cgroup
mount -t tmpfs tmpfs /run
exec dockerd "$@" --data-root "$D/data" --exec-root /run/docker --pidfile /run/docker.pid \\
    -H "unix://$D/docker.sock" --config-file "$D/daemon.json"
"""

ROOTFS = """set -e
mount --bind "$R" "$R"
mount -t proc proc "$R/proc"
mount -t sysfs sysfs "$R/sys"
mount --rbind /sys/fs/cgroup "$R/sys/fs/cgroup"
mount --rbind /dev "$R/dev"
mount -t tmpfs tmpfs "$R/run"
mount -t tmpfs tmpfs "$R/tmp"
mkdir -p "$R/run/dcf"
mount --bind "$D" "$R/run/dcf"
cd "$R"
mkdir -p .oldroot
pivot_root . .oldroot
umount -l /.oldroot
exec dockerd "$@" --data-root /run/dcf/data --exec-root /run/docker --pidfile /run/docker.pid \\
    -H unix:///run/dcf/docker.sock --config-file /run/dcf/daemon.json
"""


@dataclass(frozen=True)
class RunningEngine:
    docker_host: str
    netns: str  # /run/netns/NAME
    log: Path


def _answers(docker_host: str) -> bool:
    try:
        docker.DockerClient(base_url=docker_host, timeout=2).ping()
    except DockerException:
        return False
    return True


@contextmanager
def engine(*flags: str, rootfs: Path | None = None) -> Iterator[RunningEngine]:
    """Start dockerd (the host's, or the one in `rootfs`) with FLAGS; stop and remove it after."""
    if rootfs is None and not shutil.which("dockerd"):
        raise RuntimeError("no dockerd on this host (apt-get install docker.io)")
    if rootfs is not None and not (rootfs / "usr/sbin/dockerd").exists():
        raise RuntimeError(f"no dockerd in {rootfs}: run `python -m engines.provision` first")
    name = Run().netns_name("engine")
    state = Path(tempfile.mkdtemp(prefix="dcf-engine-"))
    # its own key: a second engine from the same binaries would otherwise share the host's ID
    (state / "daemon.json").write_text(
        json.dumps({"deprecated-key-path": str(state / "key.json")} if rootfs is None else {})
    )
    path = add_named_netns(name)
    for command in (["ip", "link", "set", "lo", "up"], ["sysctl", "-qw", "net.ipv4.ip_forward=0"]):
        subprocess.run(["ip", "netns", "exec", name, *command], check=True)  # as on a fresh host
    log = state / "dockerd.log"
    script = HOST_BINARIES if rootfs is None else ROOTFS
    env = {"D": str(state), "R": str(rootfs or ""), "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"}
    with log.open("w") as out:
        daemon = subprocess.Popen(
            [
                "unshare",
                "-m",
                "--propagation",
                "slave",
                "nsenter",
                f"--net={path}",
                "sh",
                "-c",
                script,
                "launch",
                *flags,
            ],
            env=env,
            stdout=out,
            stderr=out,
        )
    docker_host = f"unix://{state}/docker.sock"
    try:
        wait_for(
            lambda: daemon.poll() is not None or _answers(docker_host),
            timeout=60,
            what="the engine to answer",
        )
        if daemon.poll() is not None:
            raise RuntimeError(f"dockerd exited: {log.read_text()[-2000:]}")
        yield RunningEngine(docker_host, path, log)
    finally:
        daemon.terminate()
        try:
            daemon.wait(timeout=60)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()
        delete_named_netns(name)
        shutil.rmtree(state, ignore_errors=True)
