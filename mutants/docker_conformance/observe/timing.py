"""Where a run's time goes: busy time per phase, written to `<reports>/timings/<pid>.json`.

Each phase is timed where it is outermost in its thread (an exec's API calls count as the exec;
a wait's netlink reads count as the wait). Threads overlap, so phases can add up to more than
the wall time; `session` is the wall time from the first check's setup to the last teardown.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
FOLDER = "timings"
PHASES = ("image", "engine calls", "waits", "netlink reads", "execs", "pings", "namespaces", "teardown")
_TOTALS: dict[str, float] = defaultdict(float)
_COUNTS: dict[str, int] = defaultdict(int)
_LOCK = threading.Lock()
_LOCAL = threading.local()


@contextmanager
def phase(name: str) -> Iterator[None]:
    if getattr(_LOCAL, "inside", False):  # an inner phase: its time is the outer one's
        yield
        return
    _LOCAL.inside, started = True, time.perf_counter()
    try:
        yield
    finally:
        _LOCAL.inside = False
        with _LOCK:
            _TOTALS[name] += time.perf_counter() - started
            _COUNTS[name] += 1


def timed(name: str) -> Callable[[F], F]:
    """A function's calls counted under phase `name`."""

    def decorate(function: F) -> F:
        @wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with phase(name):
                return function(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate


def save(reports: Path, session_seconds: float) -> None:
    """This process's phases, as `<reports>/timings/<pid>.json` (xdist workers write their own)."""
    path = reports / FOLDER / f"{os.getpid()}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"session": session_seconds, "phases": dict(_TOTALS), "calls": dict(_COUNTS)}))


def load(reports: Path) -> dict[str, Any]:
    """Every process's phases of the run in `reports`, added up (the session: the longest)."""
    merged: dict[str, Any] = {"session": 0.0, "phases": defaultdict(float), "calls": defaultdict(int)}
    for path in (reports / FOLDER).glob("*.json"):
        data = json.loads(path.read_text())
        merged["session"] = max(merged["session"], data["session"])
        for name, seconds in data["phases"].items():
            merged["phases"][name] += seconds
            merged["calls"][name] += data["calls"][name]
    return merged
