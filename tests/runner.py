"""Run the conformance suite as a user would, in a child process."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from conformance.command import ROOT, suite_argv

__all__ = ["ROOT", "run_suite", "start_suite", "suite_argv"]


def run_suite(
    *args: str,
    env: dict[str, str] | None = None,
    timeout: float = 300,
    reports: Path | None = None,
    wrap: list[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`pytest --pyargs conformance ARGS` from the project root; returns the finished process."""
    return subprocess.run(
        [*(wrap or []), *suite_argv(*args, reports=reports)],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


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
