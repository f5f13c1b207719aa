"""What belongs to the suite: labels, the run's identity, and the sweep of dead runs' debris.

Everything the suite creates carries `LABEL=<run id>` plus the owner process (host, pid,
start time). Nothing without the label is ever stopped, removed or reconfigured; a labelled
thing is swept only when the run that made it is no longer alive on this host.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import socket
import uuid
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

import docker
from docker.errors import APIError, NotFound

from docker_conformance.observe.kept import kept
from docker_conformance.observe.nsenter import delete_named_netns, named_netns

LABEL = "io.docker-conformance.run"
OWNER_LABEL = "io.docker-conformance.owner"
PROCESS_LABEL = "io.docker-conformance.process"  # the (worker) process that made it
NETNS_PREFIX = "dcf-"
RUN_ENV = "DOCKER_CONFORMANCE_RUN"  # set for a probe: it works as part of the run that started it
_NETNS_NAME = re.compile(rf"^{NETNS_PREFIX}(?P<run>[0-9a-f]{{8}})-(?P<owner>\d+-\d+)-\w+$")


_NAMES = itertools.count(1)


def _start_time(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return int(stat.read().rsplit(")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return None


def _here() -> str:
    """Where a pid means something: this host, and this PID namespace (a container of the suite's
    own, such as a fleet task, has its own: a pid there says nothing of the host's processes)."""
    try:
        return f"{socket.gethostname()}@{os.stat('/proc/self/ns/pid').st_ino}"
    except OSError:
        return socket.gethostname()


@dataclass(frozen=True)
class Owner:
    """The process a run belongs to: host name and PID namespace, pid and the pid's start time."""

    host: str
    pid: int
    started: int

    @classmethod
    def me(cls) -> Owner:
        pid = os.getpid()
        return cls(_here(), pid, _start_time(pid) or 0)

    @classmethod
    def parse(cls, text: str) -> Owner | None:
        host, _, rest = text.rpartition(":")
        pid, _, started = rest.partition("-")
        if not (host and pid.isdigit() and started.isdigit()):
            return None
        return cls(host, int(pid), int(started))

    def __str__(self) -> str:
        return f"{self.host}:{self.pid}-{self.started}"

    def alive(self) -> bool:
        """Alive, or on another host or in another PID namespace (where we cannot tell, so it is
        left alone)."""
        if self.host != _here():
            return True
        return _start_time(self.pid) == self.started


@dataclass(frozen=True)
class Run:
    """One run of the suite; xdist workers share the controller's."""

    id: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    owner: Owner = field(default_factory=Owner.me)

    def labels(self, **extra: str) -> dict[str, str]:
        return {LABEL: self.id, OWNER_LABEL: str(self.owner), PROCESS_LABEL: str(os.getpid()), **extra}

    def mine(self) -> list[str]:
        """Label filters for what this process of this run made."""
        return [f"{LABEL}={self.id}", f"{PROCESS_LABEL}={os.getpid()}"]

    def name(self, role: str) -> str:
        """A unique, recognisable name: `dcf-<run>-busybox1-1` (`dcf-<run>-gw1-busybox1-1` in a worker).

        The count makes each name unique within the run, even beside a leftover of its own (a
        container whose removal failed while the engine restarted).
        """
        worker = os.environ.get("PYTEST_XDIST_WORKER")
        return f"{NETNS_PREFIX}{self.id}-{worker + '-' if worker else ''}{role}-{next(_NAMES)}"

    def netns_name(self, role: str) -> str:
        return f"{NETNS_PREFIX}{self.id}-{self.owner.pid}-{self.owner.started}-{role}"

    def encode(self) -> str:
        return f"{self.id}/{self.owner}"

    @classmethod
    def decode(cls, text: str) -> Run:
        run_id, _, owner = text.partition("/")
        parsed = Owner.parse(owner)
        if parsed is None:
            raise ValueError(f"not a run identity: {text!r}")
        return cls(run_id, parsed)


def dead_owner(labels: dict[str, str]) -> bool:
    owner = Owner.parse(labels.get(OWNER_LABEL, ""))
    return owner is not None and not owner.alive()


def remove_run(client: docker.DockerClient, run: Run) -> list[str]:
    """Remove every container and network of `run` on an engine (a probe of that run interrupted
    while its scenarios were still making things): only what carries this run's own label."""
    removed = []
    mine = {"label": f"{LABEL}={run.id}"}
    for container in client.containers.list(all=True, filters=mine, ignore_removed=True):
        with suppress(NotFound, APIError):
            container.remove(force=True, v=True)
            removed.append(f"container {container.name}")
    for network in client.networks.list(filters=mine):
        with suppress(NotFound, APIError):
            network.remove()
            removed.append(f"network {network.name}")
    return removed


def sweep(client: docker.DockerClient) -> list[str]:
    """Remove what dead runs of the suite left: containers, networks, namespaces.

    Only labelled things whose owner process is gone; returns what was removed.
    """
    removed: list[str] = []
    for container in client.containers.list(all=True, filters={"label": LABEL}, ignore_removed=True):
        if dead_owner(container.labels) and not kept(container.labels):
            try:
                container.remove(force=True, v=True)
                removed.append(f"container {container.name}")
            except NotFound:
                pass
    for network in client.networks.list(filters={"label": LABEL}):
        if dead_owner(network.attrs.get("Labels") or {}) and not kept(network.attrs.get("Labels") or {}):
            try:
                network.remove()
                removed.append(f"network {network.name}")
            except (NotFound, APIError):
                pass
    for name in named_netns():
        if dead_name(name):
            delete_named_netns(name)
            removed.append(f"network namespace {name}")
    return removed


def sweep_folders(base: Path) -> list[str]:
    """Remove the folders in `base` that dead runs named for themselves (passed observations)."""
    dead = [path for path in base.iterdir() if path.is_dir() and dead_name(path.name)]
    for path in dead:
        shutil.rmtree(path, ignore_errors=True)
    return [f"folder {path}" for path in dead]


def dead_name(name: str) -> bool:
    match = _NETNS_NAME.match(name)
    return bool(match) and dead_owner({OWNER_LABEL: f"{_here()}:{match['owner']}"})
