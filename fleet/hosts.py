"""The fleet as a list of engines (`DOCKER_HOST` URLs), outside any swarm: one run of the suite
each, side by side, each through whatever its engine needs (the socket, or the probe)."""

from __future__ import annotations

import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

from conformance.command import ROOT, full_reports, suite_argv
from conformance.fleet import HostResult, folder_name


def host_name(url: str) -> str:
    """What a host is called in the report: its address (and port), or its socket's path."""
    parsed = urlparse(url)
    return parsed.netloc.rpartition("@")[2] or parsed.path or url


def run_one(name: str, url: str, folder: Path, timeout: float, extra: tuple[str, ...] = ()) -> HostResult:
    try:
        result = subprocess.run(
            suite_argv(*full_reports(folder), *extra, reports=folder),
            cwd=ROOT,
            env={**os.environ, "DOCKER_HOST": url},
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return HostResult(name, None, f"its run did not end within {timeout:.0f} s")
    said = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    reason = f"its run ended with exit {result.returncode}: {said[-1] if said else 'nothing said'}"
    return HostResult(name, folder, reason)


def run_hosts(
    urls: list[str], out: Path, timeout: float = 900, extra: tuple[str, ...] = ()
) -> list[HostResult]:
    """One run of the suite for each engine, with `extra` arguments (`--expect-config FILE`)."""
    names = [host_name(url) for url in urls]
    if len(set(names)) != len(names):
        names = [f"{name}#{n}" for n, name in enumerate(names, 1)]
    with ThreadPoolExecutor(max_workers=max(1, len(urls))) as pool:
        runs = [
            pool.submit(run_one, name, url, out / "hosts" / folder_name(name), timeout, extra)
            for name, url in zip(names, urls, strict=True)
        ]
        return [run.result() for run in runs]
