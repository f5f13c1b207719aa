"""The fleet as a list of engines (`DOCKER_HOST` URLs), outside any swarm: one run of the suite
each, at most `parallel` at a time, each through whatever its engine needs (the socket, or the
probe), each given `timeout` seconds."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from urllib.parse import urlparse

from docker_conformance.command import ROOT, full_reports, suite_argv
from docker_conformance.conformance.outputs.fleet_merge import HostResult, folder_name

PARALLEL = 4  # runs at a time: each mostly waits for its engine, so twice the 2 cores of CI's machine


def host_name(url: str) -> str:
    """What a host is called in the report: its address (and port), or its socket's path."""
    parsed = urlparse(url)
    return parsed.netloc.rpartition("@")[2] or parsed.path or url


def host_names(urls: list[str]) -> list[str]:
    names = [host_name(url) for url in urls]
    return names if len(set(names)) == len(names) else [f"{name}#{n}" for n, name in enumerate(names, 1)]


def run_one(name: str, url: str, folder: Path, timeout: float, extra: tuple[str, ...] = ()) -> HostResult:
    folder = folder.resolve()  # the run starts in the suite's own folder
    shutil.rmtree(folder, ignore_errors=True)  # an earlier run's results are not this run's
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
        return HostResult(name, None, f"its run did not end within {timeout:.0f} s", url=url)
    said = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    reason = f"its run ended with exit {result.returncode}: {said[-1] if said else 'nothing said'}"
    return HostResult(name, folder, reason, url=url)


def run_hosts(
    hosts: dict[str, str],
    out: Path,
    timeout: float = 900,
    extra: tuple[str, ...] = (),
    parallel: int = PARALLEL,
    done: Callable[[HostResult], None] | None = None,
) -> list[HostResult]:
    """One run of the suite for each engine (name -> URL), with `extra` arguments (`-k EXPR`,
    `--expect-config FILE`); `done` is told of each host as it ends. In the order given."""
    with ThreadPoolExecutor(max_workers=max(1, min(parallel, len(hosts)))) as pool:
        runs = {
            pool.submit(run_one, name, url, out / "hosts" / folder_name(name), timeout, extra): name
            for name, url in hosts.items()
        }
        ended = {}
        for run in as_completed(runs):
            ended[runs[run]] = run.result()
            if done:
                done(ended[runs[run]])
    return [ended[name] for name in hosts]
