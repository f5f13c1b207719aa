"""Headless Chromium on an Allure 3 report served from 127.0.0.1: what the browser self-tests share."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.runner import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ALLURE = os.environ.get("ALLURE") or next(
    (str(p) for p in (ROOT / ".tox/report/npm/node_modules/.bin/allure",) if p.exists()),
    shutil.which("allure"),
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=8000",
]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def serving(html: Path) -> Iterator[str]:
    """`html` served on 127.0.0.1; yields the URL of its index.html."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(html)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    finally:
        server.shutdown()
        server.server_close()


def chromium(*args: str, profile_dir: Path) -> str:
    done = subprocess.run(
        [CHROMIUM or "chromium", *FLAGS, f"--user-data-dir={profile_dir}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def tree_groups(html: Path) -> list[str]:
    """The names of an Allure 3 report's top groups, as its tree widget lists them."""
    tree = json.loads((html / "widgets" / "default" / "tree.json").read_text())
    return [tree["groupsById"][group]["name"] for group in tree["root"]["groups"]]


def failed_result(html: Path) -> str:
    """The ID of a failed test in an Allure 3 report (its page: index.html#ID)."""
    for path in sorted((html / "data" / "test-results").glob("*.json")):
        if json.loads(path.read_text()).get("status") == "failed":
            return path.stem
    raise AssertionError("no failed test in the report")
