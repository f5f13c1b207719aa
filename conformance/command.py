"""The command line that runs the conformance suite as a whole process (bench, matrix, fleet,
self-tests): the checks by their package's name, so that it runs from any folder, in a checkout or
installed."""

from __future__ import annotations

import sys
from pathlib import Path

# the folder that holds the `conformance` package: a checkout, or site-packages
ROOT = Path(__file__).resolve().parent.parent


def suite_argv(*args: str, reports: Path | str | None = None) -> list[str]:
    """`python -m pytest --pyargs conformance -p no:cacheprovider -q [--reports-dir DIR] ARGS`."""
    where = ["--reports-dir", str(reports)] if reports else []
    checks = ["--pyargs", "conformance", "-p", "no:cacheprovider", "-q"]
    return [sys.executable, "-m", "pytest", *checks, *where, *args]


def full_reports(out: Path) -> list[str]:
    """The options that write a run's whole result set into `out`, as `tox -e conformance` does."""
    allure, junit = str(out / "allure-results"), str(out / "junit.xml")
    return ["--alluredir", allure, "--clean-alluredir", "--junitxml", junit]
