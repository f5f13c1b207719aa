"""Run the conformance suite as a user would, in a child process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from docker_conformance.command import ROOT, suite_argv
from docker_conformance.conformance.core import schema
from docker_conformance.observe.ownership import LABEL

__all__ = ["ROOT", "checkout_copy", "first_start", "run_suite", "start_suite", "suite_argv"]


def run_suite(
    *args: str,
    env: dict[str, str] | None = None,
    timeout: float = 300,
    reports: Path | None = None,
    wrap: list[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`pytest --pyargs docker_conformance.conformance ARGS` from the project root; returns the
    finished process, once
    the summary.json it wrote (if any) validates against the shipped schema."""
    started = time.time()
    done = subprocess.run(
        [*(wrap or []), *suite_argv(*args, reports=reports)],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    written = (reports or ROOT / "reports") / "summary.json"
    if written.exists() and written.stat().st_mtime >= started:
        validator = Draft202012Validator(schema.shipped())
        problems = [e.message for e in validator.iter_errors(json.loads(written.read_text()))]
        assert not problems, f"{written} does not validate against the shipped schema: {problems[:3]}"
    return done


def start_suite(
    *args: str, reports: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        suite_argv(*args, reports=reports),
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def checkout_copy(to: Path) -> Path:
    """A copy of the checkout at `to`: its sources and documents, without git, tox, build output,
    reports or caches; the package's links to conformance/ and fixtures/ stay links (to the copy's)."""
    left_out = (".git", ".tox", "build", "reports", "*.egg-info", "__pycache__", "node_modules", "mutants")
    shutil.copytree(ROOT, to, symlinks=True, ignore=shutil.ignore_patterns(*left_out))
    return to


def first_start(clients: Iterable[Any], since: float, timeout: float) -> bool:
    """Whether a container of the suite's started on any of `clients`' engines from `since` on,
    waiting at most `timeout` seconds. Read from the engines' event streams, which replay from
    `since`: a container that came and went between two looks is never missed."""
    seen = threading.Event()

    def watch(client: Any) -> None:
        filters = {"type": "container", "event": "start", "label": LABEL}
        window = {"since": int(since), "until": int(since + timeout)}
        for _ in client.api.events(**window, filters=filters, decode=True):
            seen.set()
            return

    for client in clients:
        threading.Thread(target=watch, args=(client,), daemon=True).start()
    return seen.wait(timeout)
