"""The suite's locks: per user, per engine and purpose, bounded, taken in turns within a process.

`bridge_allocation` keeps apart whatever depends on the default bridge's address allocation;
`quiet_host` keeps container starts apart from scenarios that count the host's new veths. Both
are files in the user's own folder (across xdist workers and concurrent runs alike), queued in
turns among a process's threads.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from docker_conformance.observe.engine import Engine
from docker_conformance.observe.ownership import Run

LOCK_SECONDS = 600


LOCK_DIR = "DOCKER_CONFORMANCE_LOCK_DIR"  # set for a probe in a rootless engine's namespaces,
# where this user is uid 0: it keeps the user's own folder


def lock_dir() -> Path:
    """This user's own folder for the suite's locks: no collision with another user's runs."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    base = runtime if runtime and os.access(runtime, os.W_OK | os.X_OK) else tempfile.gettempdir()
    path = Path(os.environ.get(LOCK_DIR) or Path(base) / f"docker-conformance-{os.getuid()}")
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def run_folder(run: Run, purpose: str) -> Path:
    """A folder of this run's in the user's lock folder (observations passed between processes,
    the probe's), named for the run's owner so that a dead run's is swept."""
    folder = lock_dir() / run.netns_name(purpose)
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


@contextmanager
def lock(held: FileLock | str | Path, what: str) -> Iterator[None]:
    """A file lock (or the path of one), waited for at most LOCK_SECONDS; a timeout names `what`."""
    held = held if isinstance(held, FileLock) else FileLock(held, timeout=LOCK_SECONDS)
    try:
        with held:
            yield
    except Timeout:
        raise TimeoutError(f"timed out after {held.timeout:g}s waiting for {what}") from None


class Turns:
    """This process's threads take a lock in the order they asked for it (reentrant per thread).

    A file lock alone is a free-for-all between the threads that poll it: a scenario at the head
    of the default bridge's chain (the seed, then the lifecycle) could lose the start lock to
    every other scenario in turn. In turns, the threads queue; other processes still share the
    file lock behind it.
    """

    def __init__(self, file: FileLock) -> None:
        self.file = file
        self._changed = threading.Condition()
        self._queue: deque[int] = deque()
        self._owner: int | None = None
        self._depth = 0

    def owned(self) -> bool:
        return self._owner == threading.get_ident()

    @contextmanager
    def held(self, what: str, *, ahead: bool = False) -> Iterator[None]:
        """Hold the lock; `ahead` queues this thread before those already waiting."""
        me = threading.get_ident()
        with self._changed:
            if self._owner != me:
                (self._queue.appendleft if ahead else self._queue.append)(me)
                if not self._changed.wait_for(
                    lambda: self._owner is None and self._queue[0] == me, LOCK_SECONDS
                ):
                    self._queue.remove(me)
                    self._changed.notify_all()
                    raise TimeoutError(f"timed out after {LOCK_SECONDS}s waiting for {what}")
                self._queue.popleft()
                self._owner = me
            self._depth += 1
        try:
            with lock(self.file, what):
                yield
        finally:
            with self._changed:
                self._depth -= 1
                if not self._depth:
                    self._owner = None
                    self._changed.notify_all()


_LOCKS: dict[tuple[str, str, str], Turns] = {}
_LOCKS_LOCK = threading.Lock()


def _engine_lock(docker_host: str, engine_id: str, what: str) -> Turns:
    """One lock object per engine and purpose in this process (made under a lock: two threads
    must never get two objects for one file, or a thread deadlocks on itself); a file across
    processes."""
    with _LOCKS_LOCK:
        if (docker_host, engine_id, what) not in _LOCKS:
            key = hashlib.sha256(f"{docker_host}|{engine_id}".encode()).hexdigest()[:12]
            _LOCKS[docker_host, engine_id, what] = Turns(
                FileLock(lock_dir() / f"{key}-{what}.lock", timeout=LOCK_SECONDS)
            )
        return _LOCKS[docker_host, engine_id, what]


@contextmanager
def bridge_allocation(engine: Engine) -> Iterator[None]:
    """Hold the default bridge's address allocation for this engine.

    Checks that depend on which addresses the default bridge hands out (or that put
    containers on it) take this lock, across xdist workers and concurrent runs alike.
    """
    turns = _engine_lock(engine.facts.docker_host, engine.facts.engine_id, "bridge")
    with turns.held("the default bridge's allocation (another run of the suite holds it)"):
        yield


@contextmanager
def quiet_host(engine: Engine) -> Iterator[None]:
    """No container of the suite starts meanwhile (so no veth of ours appears on the host).

    Every `Containers.run` takes this lock around create and start.
    """
    turns = _engine_lock(engine.facts.docker_host, engine.facts.engine_id, "start")
    # the default bridge's holder goes first: its scenarios are the run's longest chain
    chain = _engine_lock(engine.facts.docker_host, engine.facts.engine_id, "bridge").owned()
    with turns.held("the start lock (another run of the suite is starting containers)", ahead=chain):
        yield


@contextmanager
def network_changes(engine: Engine) -> Iterator[None]:
    """No network of the suite is made or removed meanwhile: the engine rewrites FORWARD then
    (it inserts the network's rules at the top, then deletes and re-inserts its own jumps).
    `Containers.network` and the networks' removal take it; so does the read of FORWARD."""
    turns = _engine_lock(engine.facts.docker_host, engine.facts.engine_id, "networks")
    with turns.held("the networks lock (another run of the suite is making networks)"):
        yield
