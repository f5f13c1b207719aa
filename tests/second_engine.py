"""A second dockerd on this host, in a network namespace of its own (see ../shared/ENGINES.md).

Its own socket, data root, exec root and pid file; a private mount namespace with a fresh
sysfs (the host's cgroup tree re-attached) and a private /run. Not `ip netns exec`: that
remounts /sys and the cgroup v1 mounts vanish. The namespace is named like the suite's own,
so a run killed midway is swept by the next.
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

LAUNCH = """set -e
mkdir -p "$D/cgroup"
mount --rbind /sys/fs/cgroup "$D/cgroup"
mount -t sysfs sysfs /sys
mount --rbind "$D/cgroup" /sys/fs/cgroup
mount -t tmpfs tmpfs /run
exec dockerd "$@" --data-root "$D/data" --exec-root /run/docker --pidfile /run/docker.pid \\
    -H "unix://$D/docker.sock" --config-file "$D/daemon.json"
"""


@dataclass(frozen=True)
class SecondEngine:
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
def second_engine(*flags: str) -> Iterator[SecondEngine]:
    """Start `dockerd FLAGS` in its own network namespace; stop it and remove everything after."""
    if not shutil.which("dockerd"):
        raise RuntimeError("no dockerd on this host (apt-get install docker.io)")
    name = Run().netns_name("engine")
    root = Path(tempfile.mkdtemp(prefix="dcf-engine-"))
    (root / "daemon.json").write_text(json.dumps({"deprecated-key-path": str(root / "key.json")}))
    path = add_named_netns(name)
    subprocess.run(["ip", "netns", "exec", name, "ip", "link", "set", "lo", "up"], check=True)
    # as on a fresh host: the engine turns forwarding on itself
    subprocess.run(["ip", "netns", "exec", name, "sysctl", "-qw", "net.ipv4.ip_forward=0"], check=True)
    log = root / "dockerd.log"
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
                LAUNCH,
                "launch",
                *flags,
            ],
            env={"D": str(root), "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"},
            stdout=out,
            stderr=out,
        )
    docker_host = f"unix://{root}/docker.sock"
    try:
        wait_for(
            lambda: daemon.poll() is not None or _answers(docker_host),
            timeout=30,
            what="the second dockerd to answer",
        )
        if daemon.poll() is not None:
            raise RuntimeError(f"the second dockerd exited: {log.read_text()[-2000:]}")
        yield SecondEngine(docker_host, path, log)
    finally:
        daemon.terminate()
        try:
            daemon.wait(timeout=30)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()
        delete_named_netns(name)
        shutil.rmtree(root, ignore_errors=True)
