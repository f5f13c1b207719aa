"""Run the conformance suite against every engine of the matrix, one result set each, and diff.

    python -m engines.matrix [--root DIR] [--reports DIR] [--only ENGINE ...]

Engines: the host's Docker (bookworm, 20.10), the same in rootless mode for a user of the
suite's own (engines/rootless.py), judged from root and run by that user itself, the
provisioned trixie (26.1) and sid (28.5) roots, and the Docker API of Podman 4.3 (the host's)
and Podman 5.4 (a trixie root's), each started in its own network namespace (engines/launch.py)
and stopped after. Writes
DIR/<engine>/ (summary.json, junit.xml, allure-results/) and the diffs DIR/diff-20.10-26.1/ and
DIR/diff-26.1-28.5/. Exit status: 0 when every run completed and no claim regressed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from conformance import diff
from conformance.command import ROOT, full_reports, suite_argv
from engines.launch import engine, podman
from engines.provision import DEFAULT_ROOT
from engines.rootless import rootless_engine, run_as_owner

ENGINES = {
    "20.10": None,
    "20.10-rootless": "rootless",
    "20.10-rootless-owner": "rootless-owner",
    "26.1": "trixie",
    "28.5": "sid",
    "podman-4.3": "podman",
    "podman-5.4": "podman5",
}


def run_one(name: str, suite: str | None, root: Path, reports: Path) -> int:
    out = reports / name
    started = (
        podman()
        if suite == "podman"
        else podman(root / suite)
        if suite == "podman5"
        else rootless_engine()
        if suite and suite.startswith("rootless")
        else engine(rootfs=root / suite if suite else None)
    )
    with started as running:
        result = (
            run_as_owner(running, reports=out)
            if suite == "rootless-owner"
            else subprocess.run(
                suite_argv(*full_reports(out), reports=out),
                cwd=ROOT,
                env={"DOCKER_HOST": running.docker_host, "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"},
                capture_output=True,
                text=True,
            )
        )
    print(f"== {name}: pytest exit {result.returncode}")
    print("\n".join(line for line in result.stdout.splitlines() if line[:2] in ("S-", "D-")))
    return result.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--reports", type=Path, default=ROOT / "reports")
    parser.add_argument("--only", nargs="+", choices=ENGINES, default=list(ENGINES), metavar="ENGINE")
    args = parser.parse_args(argv)
    codes = {name: run_one(name, ENGINES[name], args.root, args.reports) for name in args.only}
    regressed = 0
    for before, after in (("20.10", "26.1"), ("26.1", "28.5")):
        if not {before, after} <= set(args.only):
            continue
        print(f"== diff {before} -> {after}")
        regressed |= diff.main(
            [
                str(args.reports / before),
                str(args.reports / after),
                "--out",
                str(args.reports / f"diff-{before}-{after}"),
            ]
        )
    incomplete = [n for n, code in codes.items() if code not in (0, 1)]
    if incomplete:
        print(f"runs that did not complete: {', '.join(incomplete)}")
    return 1 if incomplete or regressed else 0


if __name__ == "__main__":
    sys.exit(main())
