"""Headless Chromium on an Allure 3 report opened from disk (file://, as most people open a file):
what the browser self-tests share."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from tests.helpers.runner import ROOT

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


def opened(html: Path) -> str:
    """The URL a browser opens a report's index.html by, from disk."""
    return (html / "index.html").resolve().as_uri()


def chromium(*args: str, profile_dir: Path) -> str:
    done = subprocess.run(
        [CHROMIUM or "chromium", *FLAGS, f"--user-data-dir={profile_dir}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def failed_result(html: Path) -> str:
    """The ID of a failed test in a single-file Allure 3 report (its page: index.html#ID)."""
    results = json.loads((html / "test-results.json").read_text())["byId"]
    return next(i for i, result in results.items() if result["status"] == "failed")
