"""The conformance run: before any check, connect to the engine and prepare (or stop cleanly)."""

import pytest

from fixtures.session import preflight


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    if not hasattr(session.config, "workerinput"):
        preflight(session.config)
