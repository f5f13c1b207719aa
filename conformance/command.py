"""The command line that runs the conformance suite as a whole process (bench, matrix, self-tests)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def suite_argv(*args: str, reports: Path | str | None = None) -> list[str]:
    """`python -m pytest conformance -p no:cacheprovider -q [--reports-dir DIR] ARGS`, run from ROOT."""
    where = ["--reports-dir", str(reports)] if reports else []
    return [sys.executable, "-m", "pytest", "conformance", "-p", "no:cacheprovider", "-q", *where, *args]


def full_reports(out: Path) -> list[str]:
    """The options that write a run's whole result set into `out`, as `tox -e conformance` does."""
    allure, junit = str(out / "allure-results"), str(out / "junit.xml")
    return ["--alluredir", allure, "--clean-alluredir", "--junitxml", junit]
