"""Start a Docker engine beside the host's, in a network namespace of its own.

Its own socket, data root, exec root and pid file, and a private mount namespace with a fresh
sysfs, the host's cgroup tree re-attached and a private /run (not `ip netns exec`, which
remounts /sys so that the cgroup v1 mounts vanish). Two kinds:

- the host's own dockerd (`rootfs=None`), for example with deviating flags;
- a dockerd inside a debootstrapped root filesystem (`engines/provision.py`), entered with
  pivot_root (under chroot, `docker exec` would land in the host's /); or a dockerd and
  docker-proxy built from moby's source (`binaries`), run in such a root, whose containerd and
  runc serve it.

The namespace is named like the suite's own (`dcf-<run>-<pid>-<start>-engine`), so a run
killed midway is swept by the next one.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import docker
from docker.errors import DockerException

from docker_conformance.observe.nsenter import add_named_netns, delete_named_netns
from docker_conformance.observe.ownership import Run
from docker_conformance.observe.waiting import wait_for

HOST_BINARIES = """set -e
if [ -n "${NODE:-}" ]; then hostname "$NODE"; fi
mkdir -p "$D/cgroup"
mount --rbind /sys/fs/cgroup "$D/cgroup"
mount -t sysfs sysfs /sys
mount --rbind "$D/cgroup" /sys/fs/cgroup
mount -t tmpfs tmpfs /run
if [ -n "${DATA_SIZE:-}" ]; then mkdir -p "$D/data" && mount -t tmpfs -o "size=$DATA_SIZE" tmpfs "$D/data"; fi
exec dockerd "$@" --data-root "$D/data" --exec-root /run/docker --pidfile /run/docker.pid \\
    -H "unix://$D/docker.sock" ${NODE:+-H unix:///var/run/docker.sock} --config-file "$D/daemon.json"
"""

PIVOT = """set -e
mount --bind "$R" "$R"
mount -t proc proc "$R/proc"
mount -t sysfs sysfs "$R/sys"
mount --rbind /sys/fs/cgroup "$R/sys/fs/cgroup"
mount --rbind /dev "$R/dev"
mount -t tmpfs tmpfs "$R/run"
mount -t tmpfs tmpfs "$R/tmp"
mkdir -p "$R/run/dcf"
mount --bind "$D" "$R/run/dcf"
if [ -n "${BIN:-}" ]; then mount --bind "$BIN" "$R/usr/local/bin"; fi
cd "$R"
mkdir -p .oldroot
pivot_root . .oldroot
umount -l /.oldroot
"""
ROOTFS = (
    PIVOT
    + """exec dockerd "$@" --data-root /run/dcf/data --exec-root /run/docker \\
    --pidfile /run/docker.pid -H unix:///run/dcf/docker.sock --config-file /run/dcf/daemon.json
"""
)


@dataclass
class RunningEngine:
    """A daemon in its own namespace; `kill()` and `start()` act on it as a fault would."""

    docker_host: str
    netns: str  # /run/netns/NAME
    log: Path
    state: Path  # its socket, data root and configuration
    argv: list[str]
    env: dict[str, str]
    daemon: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("a") as out:
            self.daemon = subprocess.Popen(self.argv, env=self.env, stdout=out, stderr=out)
        daemon = self.daemon
        wait_for(
            lambda: daemon.poll() is not None or answers(self.docker_host),
            timeout=60,
            what="the engine to answer",
        )
        if daemon.poll() is not None:
            raise RuntimeError(f"the engine exited: {self.log.read_text()[-2000:]}")

    def kill(self) -> None:
        """SIGKILL the daemon (its containers' processes die with the engine's state)."""
        if self.daemon and self.daemon.poll() is None:
            self.daemon.kill()
            self.daemon.wait()

    def stop(self) -> None:
        if self.daemon and self.daemon.poll() is None:
            self.daemon.terminate()
            try:
                self.daemon.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.daemon.kill()
                self.daemon.wait()


def answers(docker_host: str) -> bool:
    try:
        docker.DockerClient(base_url=docker_host, timeout=2).ping()
    except DockerException:
        return False
    return True


# CNI's state and network files are the host's folders: a private copy, fresh as on a new host
# (address allocation starts over) and never left behind in the host's. Podman's locks live in
# /dev/shm (libpod_lock): a private one, so that two Podman engines never share them.
PODMAN = """set -e
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /dev/shm
mkdir -p /var/lib/cni "$D/cni"
mount -t tmpfs tmpfs /var/lib/cni
cp -a /etc/cni/net.d/. "$D/cni/"
mount --bind "$D/cni" /etc/cni/net.d
exec podman --root "$D/storage" --runroot /run/podman-runroot system service --time=0 "unix://$D/docker.sock"
"""
PODMAN_ROOTFS = (
    PIVOT
    + """export CONTAINERS_CONF=/run/dcf/containers.conf
mount -t tmpfs tmpfs /dev/shm
mkdir -p /etc/containers/networks
mount -t tmpfs tmpfs /etc/containers/networks
exec podman --runtime runc --root /run/dcf/storage --runroot /run/podman-runroot system service --time=0 \\
    unix:///run/dcf/docker.sock
"""
)


@contextmanager
def engine(
    *flags: str,
    rootfs: Path | None = None,
    binaries: Path | None = None,
    data_size: str = "",
    node: str = "",
    config: dict | None = None,
    forwarding: bool = False,
    place: Place | None = None,
) -> Iterator[RunningEngine]:
    """Start dockerd (the host's, or the one in `rootfs`) with FLAGS; stop and remove it after.

    `binaries`: a folder with dockerd and docker-proxy (`engines.provision.build_moby`), put first
    on the daemon's PATH inside `rootfs`.
    `forwarding`: IPv4 and IPv6 forwarding on in its namespace before it starts, as a host must
    have them for the nftables backend (it never turns them on itself); off otherwise, as on a
    fresh host.
    `data_size` (the host's dockerd only) puts its data root on a tmpfs of that size ("96m").
    `node` (the host's dockerd only) makes it a host of its own, as a swarm node needs: that
    hostname, and its socket also at /var/run/docker.sock of its private /run.
    `config`: settings for its daemon.json (its --config-file).
    `place`: a namespace and state folder of `shared_place`'s, which engines take turns in (an upgrade
    in place: the next engine starts on the same data root, in the same namespace); kept after.
    """
    if rootfs is None and not shutil.which("dockerd"):
        raise RuntimeError("no dockerd on this host (apt-get install docker.io)")
    if rootfs is not None and not (binaries or rootfs / "usr/sbin").joinpath("dockerd").exists():
        raise RuntimeError(
            f"no dockerd in {binaries or rootfs}: run `python -m docker_conformance.engines.provision` first"
        )
    # its own key: a second engine from the same binaries would otherwise share the host's ID
    own = {"deprecated-key-path": "$D/key.json"} if rootfs is None else {}
    with _running(
        HOST_BINARIES if rootfs is None else ROOTFS,
        flags,
        own | (config or {}),
        {"R": str(rootfs or ""), "DATA_SIZE": data_size, "NODE": node, "BIN": str(binaries or "")},
        forwarding,
        place,
    ) as running:
        yield running


@contextmanager
def podman(rootfs: Path | None = None) -> Iterator[RunningEngine]:
    """Podman's Docker-compatible API service (`podman system service`), in its own namespace:
    the host's, or the one in `rootfs` (`engines/provision.py`)."""
    if rootfs is None and not shutil.which("podman"):
        raise RuntimeError("no podman on this host (see README: the engine matrix)")
    if rootfs is not None and not (rootfs / "usr/bin/podman").exists():
        raise RuntimeError(
            f"no podman in {rootfs}: run `python -m docker_conformance.engines.provision podman5` first"
        )
    script = PODMAN if rootfs is None else PODMAN_ROOTFS
    with _running(script, (), None, {"R": str(rootfs or "")}) as running:
        yield running


@dataclass(frozen=True)
class Place:
    """Where an engine runs: its network namespace (a name under /run/netns) and its state folder
    (socket, data root, configuration)."""

    netns: str
    state: Path

    @property
    def path(self) -> str:
        return f"/run/netns/{self.netns}"


def _forward(place: Place, on: bool) -> None:
    """IPv4 (and, when on, IPv6) forwarding in the place's namespace, as its host sets them."""
    sysctls = [f"net.ipv4.ip_forward={int(on)}"] + ["net.ipv6.conf.all.forwarding=1"] * on
    subprocess.run(["ip", "netns", "exec", place.netns, "sysctl", "-qw", *sysctls], check=True)


@contextmanager
def shared_place(forwarding: bool = False) -> Iterator[Place]:
    """A namespace and state folder that engines take turns in; removed after (forwarding off, as on
    a fresh host, unless asked for)."""
    place = Place(Run().netns_name("engine"), Path(tempfile.mkdtemp(prefix="dcf-engine-")))
    add_named_netns(place.netns)
    try:
        subprocess.run(["ip", "netns", "exec", place.netns, "ip", "link", "set", "lo", "up"], check=True)
        _forward(place, forwarding)
        yield place
    finally:
        _kill_helpers(place.state, place.path)
        delete_named_netns(place.netns)
        shutil.rmtree(place.state, ignore_errors=True)


@contextmanager
def _running(
    script: str,
    flags: tuple[str, ...],
    daemon_json: dict | None,
    extra: dict[str, str],
    forwarding: bool = False,
    place: Place | None = None,
) -> Iterator[RunningEngine]:
    if place is None:
        with (
            shared_place(forwarding) as own,
            _running(script, flags, daemon_json, extra, place=own) as running,
        ):
            yield running
        return
    if forwarding:  # a later engine that needs it: the host turns it on before it starts
        _forward(place, True)
    state, path = place.state, place.path
    if daemon_json is not None:
        text = json.dumps(daemon_json).replace("$D", str(state))
        (state / "daemon.json").write_text(text)
    # Podman's default ulimits exceed what root may set here (no CAP_SYS_RESOURCE)
    conf = state / "containers.conf"
    conf.write_text('[containers]\ndefault_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]\n')
    path_dirs = "/usr/local/bin:" * bool(extra.get("BIN")) + "/usr/sbin:/usr/bin:/sbin:/bin"
    env = {"D": str(state), "PATH": path_dirs, "CONTAINERS_CONF": str(conf), **extra}
    argv = [
        "unshare",
        "-m",
        "-u",  # a hostname of its own (a swarm node's name)
        "--propagation",
        "slave",
        "nsenter",
        f"--net={path}",
        "sh",
        "-c",
        script,
        "launch",
    ]
    running = RunningEngine(
        f"unix://{state}/docker.sock", path, state / "engine.log", state, [*argv, *flags], env
    )
    try:
        running.start()
        yield running
    finally:
        running.stop()
        _kill_helpers(state, path)


def _kill_helpers(state: Path, netns: str) -> None:
    """Kill what the engine left running: whatever names its state folder (Podman's conmon, which
    lingers for minutes after an exec); after the daemon was killed, its containers' processes
    (found by the container IDs in its own data root); and every process still in its network
    namespace (containerd's shims, whose data root may have been a tmpfs no one else sees). Never
    anything the host's engine owns: none of those names this engine's folder, IDs or namespace."""
    ids = [p.name.encode() for p in (state / "data" / "containers").glob("*") if len(p.name) == 64]
    marker, namespace = str(state).encode(), f"net:[{os.stat(netns).st_ino}]"
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes()
            if (
                marker in cmdline
                or any(i in cmdline + (proc / "cgroup").read_bytes() for i in ids)
                or os.readlink(proc / "ns" / "net") == namespace
            ):
                os.kill(int(proc.name), signal.SIGKILL)
        except (OSError, ProcessLookupError):
            pass
