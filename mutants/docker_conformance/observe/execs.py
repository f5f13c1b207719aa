"""Commands run inside a container with `docker exec`, kept verbatim (the seed's own view)."""

from __future__ import annotations

import shlex
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from docker.models.containers import Container

from docker_conformance.conformance.model.execs import Exec, Ping
from docker_conformance.observe.timing import timed

PING_ARGS = ("-c", "4", "-A", "-W", "2")  # four echoes, back to back, two seconds' patience


SILENT_RETRIES = 2


@timed("execs")
def run_in(container: Container, role: str, *argv: str, prints: bool = True) -> Exec:
    """`docker exec <role> argv...`, output kept as text.

    The Docker SDK now and then hands back an exec's output empty (docker-py issues 2042, 3332):
    a command that always `prints` something and came back silent is run again (at most twice),
    so that a lost stream is never judged as the engine's doing.
    """
    result = container.exec_run(list(argv), demux=False)
    for _ in range(SILENT_RETRIES if prints else 0):
        if result.output or result.exit_code != 0:
            break
        result = container.exec_run(list(argv), demux=False)
    return Exec(
        command=f"docker exec {role} {shlex.join(argv)}",
        exit_code=result.exit_code,
        output=(result.output or b"").decode(errors="replace"),
    )


@timed("pings")
def ping(container: Container, role: str, target: str, *args: str) -> Ping:
    return Ping(
        source=role, target=target, exec=run_in(container, role, "ping", *(args or PING_ARGS), target)
    )


def side_by_side(*calls: Callable[[], Any]) -> list[Any]:
    """Run independent calls (execs, pings) at once; their results in the order given."""
    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return [future.result() for future in [pool.submit(call) for call in calls]]
