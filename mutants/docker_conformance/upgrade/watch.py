"""The watcher that outlives the engine: from `upgrade before` until `upgrade after` stops it, it keeps
trying what the host relies on (the published port on loopback and from another host, a
container's ping to another, a name through the embedded DNS, the other bridge, the routed subnet)
and times each outage. It needs no engine: containers are found by their IDs in /proc.

    python -m docker_conformance.upgrade.watch RECORD_DIR    # started by `upgrade before`

It writes RECORD_DIR/watch.json (the outages so far) every second, and stops when RECORD_DIR/stop
appears, on SIGTERM, or after --max-seconds (bounded: it never runs on forever).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from docker_conformance.conformance.model.upgrade import Outage, Try
from docker_conformance.upgrade import probes
from docker_conformance.upgrade.record import Record
from docker_conformance.upgrade.snapshot import tries

INTERVAL = 0.3  # seconds between rounds of tries
TIMEOUT = 0.5  # each try's


@dataclass
class Watched:
    """One target's tally: tries, failures, the current run of failures and the longest."""

    what: str
    target: str
    tries: int = 0
    failed: int = 0
    unsent: int = 0
    down_since: float | None = None
    longest: float = 0.0

    def add(self, tried: Try, now: float) -> None:
        self.tries += 1
        if not tried.sent:
            self.unsent += 1
        if tried.ok:
            if self.down_since is not None:
                self.longest = max(self.longest, now - self.down_since)
            self.down_since = None
            return
        self.failed += 1
        self.down_since = now if self.down_since is None else self.down_since

    def outage(self, now: float) -> Outage:
        longest = max(self.longest, now - self.down_since) if self.down_since is not None else self.longest
        back = self.down_since is None
        return Outage(self.what, self.target, self.tries, self.failed, round(longest, 2), self.unsent, back)


class Found:
    """The suite's containers' namespaces, found by ID (again, when a container's process is gone)."""

    def __init__(self, ids: dict[str, str]) -> None:
        self.ids, self.found = ids, {}

    def netns(self, role: str) -> str | None:
        known = self.found.get(role)
        if known and Path(known).exists():
            return known
        self.found[role] = probes.container_netns(self.ids[role]) or ""
        return self.found[role] or None


def targets(record: Record, containers: Found) -> list[Callable[[], Try]]:
    """What is tried each round: the snapshot's tries (but the suite's REJECT, which blocks by design),
    and a container's ping to another."""
    scene = record.scene
    multi = record.before.kept_by("multi")
    address = multi.addresses.get(scene.networks["net2"], "") if multi else ""

    def ping() -> Try:
        netns = containers.netns("web2")
        if netns is None:
            return Try("ping", f"web2 -> {address}", False, sent=False, said="web2 is not running")
        return probes.icmp("ping", netns, address, TIMEOUT)

    return [*tries(record.engine_netns or None, scene, containers.netns, TIMEOUT, rule=False), ping]


def watch(folder: Path, max_seconds: float) -> None:
    """Watch until told to stop; `watch.pid` says it runs, and goes once its last figures are written."""
    (folder / "watch.pid").write_text(str(os.getpid()))
    try:
        _watch(folder, max_seconds)
    finally:
        (folder / "watch.pid").unlink(missing_ok=True)


def _watch(folder: Path, max_seconds: float) -> None:
    record = Record.load(folder)
    containers = Found({k.role: k.id for k in record.before.kept})
    hows = targets(record, containers)
    tally: list[Watched] = []  # each made when its first try says what it is
    stopped = []
    signal.signal(signal.SIGTERM, lambda *_: stopped.append(True))
    started = last_written = time.monotonic()
    while not stopped and not (folder / "stop").exists() and time.monotonic() - started < max_seconds:
        for number, how in enumerate(hows):
            tried = how()
            if number == len(tally):
                tally.append(Watched(tried.what, tried.target))
            tally[number].add(tried, time.monotonic())
        now = time.monotonic()
        if now - last_written >= 1:
            _write(folder, tally, now - started)
            last_written = now
        time.sleep(INTERVAL)
    _write(folder, tally, time.monotonic() - started)


def _write(folder: Path, tally: list[Watched], seconds: float) -> None:
    now = time.monotonic()
    data = {"seconds": round(seconds, 1), "outages": [asdict(w.outage(now)) for w in tally]}
    partial = folder / "watch.json.part"
    partial.write_text(json.dumps(data))
    partial.replace(folder / "watch.json")


def outages(folder: Path) -> tuple[tuple[Outage, ...], float]:
    """What the watcher wrote last: its outages and how long it watched ((), 0: it never wrote)."""
    try:
        data = json.loads((folder / "watch.json").read_text())
    except (OSError, ValueError):
        return (), 0.0
    return tuple(Outage(**o) for o in data["outages"]), float(data["seconds"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--max-seconds", type=float, default=4 * 3600)
    args = parser.parse_args(argv)
    watch(args.folder, args.max_seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
