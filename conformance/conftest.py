"""The conformance run: before any check, connect to the engine and prepare (or stop cleanly)."""

import os

import pytest

from fixtures.session import preflight


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    """Connect before the header is written (the plugin's own hook serves every run; this one
    only the conformance run). Listing the checks (`--collect-only`) needs no engine."""
    if not hasattr(session.config, "workerinput") and not session.config.option.collectonly:
        preflight(session.config)


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_auto_num_workers() -> int | None:
    """`-n auto` runs the checks in this process: its threads already overlap every scenario, and
    the engine, not Python, is what they wait for. Measured on 2 cores (`tox -e bench`), each
    worker process only added its start-up. `-n N` still distributes the checks; the variable
    PYTEST_XDIST_AUTO_NUM_WORKERS still overrides."""
    return None if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS") else 0
