"""Run the conformance suite as a user would, in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_suite(
    *args: str,
    env: dict[str, str] | None = None,
    timeout: float = 300,
    reports: Path | None = None,
    wrap: list[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`pytest conformance ARGS` from the project root; returns the finished process."""
    extra = ["--reports-dir", str(reports)] if reports else []
    return subprocess.run(
        [
            *(wrap or []),
            sys.executable,
            "-m",
            "pytest",
            "conformance",
            "-p",
            "no:cacheprovider",
            "-q",
            *extra,
            *args,
        ],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def start_suite(*args: str, reports: Path | None = None) -> subprocess.Popen[str]:
    extra = ["--reports-dir", str(reports)] if reports else []
    return subprocess.Popen(
        [sys.executable, "-m", "pytest", "conformance", "-p", "no:cacheprovider", "-q", *extra, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
