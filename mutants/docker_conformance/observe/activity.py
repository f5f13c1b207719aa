"""Who else used the engine's networks while a scenario ran: the engine's own event log.

A busy host is not a failing one. Every scenario whose claims depend on allocation, membership
or counts notes, from `docker events`, which containers that are not its own joined or left a
network during its window. Its judges then judge the suite's own things exactly and say what
they could not judge; `in_quiet_window` retries a scenario (bounded) until a window is quiet.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any, TypeVar

from docker_conformance.conformance.model.execs import Ping
from docker_conformance.observe.containers import MADE
from docker_conformance.observe.engine import Engine

T = TypeVar("T")
ATTEMPTS = 3


def network_activity(
    engine: Engine, since: float, ours: Iterable[str], network: str | None = None
) -> tuple[str, ...]:
    """`connect`/`disconnect` events of other containers since `since` (on `network`, or any)."""
    filters: dict[str, Any] = {"type": "network"}
    if network:
        filters["network"] = network
    mine = set(ours) | MADE
    events = engine.client.api.events(
        since=f"{since:.6f}", until=f"{time.time():.6f}", filters=filters, decode=True
    )
    return tuple(
        f"{attributes['container'][:12]} {event['Action']} {attributes.get('name', '?')}"
        for event in events
        if event.get("Action") in ("connect", "disconnect")
        and (attributes := (event.get("Actor") or {}).get("Attributes") or {}).get("container")
        and attributes["container"] not in mine
    )


def in_quiet_window(observe: Callable[[], T], attempts: int = ATTEMPTS) -> T:
    """`observe()` until its observation saw no one else's activity, at most `attempts` times."""
    observed, attempt = observe(), 1
    while getattr(observed, "activity", ()) and attempt < attempts:
        observed, attempt = observe(), attempt + 1
    return replace(observed, attempts=attempt)  # type: ignore[type-var]


def ping_while_busy(
    engine: Engine, since: float, ours: Iterable[str], network: str | None, attempt: Callable[[], Ping]
) -> Ping:
    """A ping, tried again (at most ATTEMPTS times) only while others' activity may explain a loss.

    On a busy bridge a container's echo can be lost to someone else's coming and going (a
    forwarding entry of a container just removed); on a quiet one a loss stands as it is.
    """
    result, lost = attempt(), []
    while not result.complete and len(lost) + 1 < ATTEMPTS and network_activity(engine, since, ours, network):
        lost.append(result.exec.output)
        time.sleep(0.3)
        result = attempt()
    return replace(result, lost_while_busy=tuple(lost))
