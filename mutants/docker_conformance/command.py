"""The command line that runs the conformance suite as a whole process (bench, matrix, fleet,
self-tests): the checks by their package's name, so that it runs from any folder, in a checkout or
installed."""

from __future__ import annotations

import sys
from pathlib import Path

import docker_conformance

# the folder that holds the `docker_conformance` package: a checkout, or site-packages
ROOT = Path(docker_conformance.__file__).resolve().parent.parent
CHECKS = "docker_conformance.conformance"  # the package whose test_claims.py pytest collects


def suite_argv(*args: str, reports: Path | str | None = None) -> list[str]:
    """`python -m pytest --pyargs docker_conformance.conformance -p no:cacheprovider -q
    --dist loadgroup [--reports-dir DIR] ARGS`."""
    where = ["--reports-dir", str(reports)] if reports else []
    checks = ["--pyargs", CHECKS, "-p", "no:cacheprovider", "-q", "--dist", "loadgroup"]
    return [sys.executable, "-m", "pytest", *checks, *where, *args]


def full_reports(out: Path) -> list[str]:
    """The options that write a run's whole result set into `out`, as `tox -e conformance` does."""
    allure, junit = str(out / "allure-results"), str(out / "junit.xml")
    return ["--alluredir", allure, "--clean-alluredir", "--junitxml", junit]
