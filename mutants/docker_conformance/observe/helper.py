"""The suite run through the engine, for a user in the `docker` group who is not root.

Such a user may talk to the engine but not enter its containers' network namespaces (no
CAP_SYS_ADMIN). Docker documents that the `docker` group grants root-level privileges on the
host through the engine ("Docker Engine security: Docker daemon attack surface"), and the suite
uses that openly: a helper container from the suite's own busybox image, with the probe's host
network and PID namespaces and three capabilities, enters the engine's mount namespace with
busybox's `nsenter` and runs this user's own installed suite with the host's Python, as root.
Its observations land in this user's run folder and are judged here, as a probe's are.

Nothing is built or pulled for it: the image is the one the checks' containers use. `--probe
never` turns it off; the run then judges what this user can and names the rest.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from docker_conformance.command import ROOT, suite_argv
from docker_conformance.observe.engine import PROBE_ENV, Engine, socket_owner
from docker_conformance.observe.ownership import RUN_ENV, Run
from docker_conformance.observe.probe import create, removed, run_to_end

# in the engine's mount namespace: what the suite writes is this user's to remove (umask 0)
ENTER = 'umask 0 && cd "$0" && exec "$@"'
PASSED = ("PYTHONPATH", "LANG", "LC_ALL")  # what the user's suite needs of this environment


def run_helper(engine: Engine, run: Run, image: str, out: Path) -> Path:
    """Observe every scenario as root, through the engine; their observations land in `out`."""
    pid = socket_owner(engine.facts.docker_host)
    out.mkdir(parents=True, exist_ok=True)
    entering = ["nsenter", "-t", str(pid), "-m", "--", "/bin/sh", "-c", ENTER, str(ROOT)]
    container = create(
        engine,
        image,
        [*entering, sys.executable, *suite_argv(reports=out)[1:]],
        name=run.name("helper"),
        labels=run.labels(role="probe"),
        environment={
            PROBE_ENV: "1",
            RUN_ENV: run.encode(),
            "DOCKER_HOST": engine.facts.docker_host,
            "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "HOME": "/root",
            "PYTHONDONTWRITEBYTECODE": "1",
            **{name: os.environ[name] for name in PASSED if name in os.environ},
        },
    )
    with removed(container):
        run_to_end(engine, run, container, "through the engine (a helper container)")
    return out
