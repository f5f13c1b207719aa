"""Run the conformance suite against every engine of the matrix, one result set each, and diff.

    python -m docker_conformance.engines.matrix [--root DIR] [--reports DIR] [--only ENGINE ...]
                             [--moby-source moby-docker-vX.Y.Z.tar.gz]

Engines: the host's Docker (bookworm, 20.10), the same in rootless mode for a user of the
suite's own (engines/rootless.py), judged from root and run by that user itself, the
provisioned trixie (26.1) and sid (28.5) roots, Docker 29 built from the moby source you give
(`--moby-source`: its iptables backend, `29.7`, and its nftables backend, `29.7-nftables`, run in
the sid root; engines/provision.py builds it once per source), and the Docker API of Podman 4.3
(the host's) and Podman 5.4 (a trixie root's), each started in its own network namespace
(engines/launch.py) and stopped after. Without a usable source the two Docker 29 engines are
skipped, and the matrix says why in one line. Writes DIR/<engine>/ (summary.json, junit.xml,
allure-results/) and the upgrade diffs DIR/diff-20.10-26.1/, DIR/diff-26.1-28.5/,
DIR/diff-28.5-29.7/ and DIR/diff-29.7-29.7-nftables/. Exit status: 0 when every run completed
and no claim regressed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import docker

from docker_conformance.command import ROOT, full_reports, suite_argv
from docker_conformance.conformance.core.summary import ClaimRecord, Summary
from docker_conformance.conformance.outputs import diff
from docker_conformance.engines.launch import Place, engine, podman, shared_place
from docker_conformance.engines.provision import DEFAULT_ROOT, SourceError, build_moby
from docker_conformance.engines.rootless import rootless_engine, run_as_owner
from docker_conformance.observe import image as images
from docker_conformance.observe.ports import CONTAINER_PORT, LISTENER

ENGINES = {
    "20.10": None,
    "20.10-rootless": "rootless",
    "20.10-rootless-owner": "rootless-owner",
    "26.1": "trixie",
    "28.5": "sid",
    "29.7": "moby",
    "29.7-nftables": "moby-nftables",
    "podman-4.3": "podman",
    "podman-5.4": "podman5",
}


DIFFS = (("20.10", "26.1"), ("26.1", "28.5"), ("28.5", "29.7"), ("29.7", "29.7-nftables"))
UPGRADES = DIFFS  # the upgrades in place the matrix rehearses (`--upgrade`): Docker's engines only
UPGRADABLE = ("20.10", "26.1", "28.5", "29.7", "29.7-nftables")


def _pair(text: str) -> tuple[str, str]:
    before, _, after = text.partition(":")
    if before not in UPGRADABLE or after not in UPGRADABLE:
        raise argparse.ArgumentTypeError(f"{text!r}: BEFORE:AFTER, each one of {', '.join(UPGRADABLE)}")
    return before, after


# the nftables backend needs the host to forward (it never turns forwarding on itself)
NFTABLES = {"config": {"firewall-backend": "nftables"}, "forwarding": True}


def _docker(suite: str | None, root: Path, built: Path | None, place: Place | None = None) -> Any:
    """One of the matrix's Docker engines, started (in `place`: an upgrade's, taking turns)."""
    if suite and suite.startswith("moby"):
        backend = NFTABLES if suite == "moby-nftables" else {}
        return engine(rootfs=root / "sid", binaries=built, place=place, **backend)
    return engine(rootfs=root / suite if suite else None, place=place)


def run_one(name: str, suite: str | None, root: Path, reports: Path, built: Path | None = None) -> int:
    out = reports / name
    started = (
        podman()
        if suite == "podman"
        else podman(root / suite)
        if suite == "podman5"
        else rootless_engine()
        if suite and suite.startswith("rootless")
        else _docker(suite, root, built)
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


def users_own(docker_host: str) -> None:
    """A container as a user of the engine runs one (none of the suite's labels: `upgrade before` reads
    it, and never touches it): a listener with a restart policy and a published port. It lives and
    dies with the matrix's engine."""
    client = docker.DockerClient(base_url=docker_host)
    client.containers.run(
        images.resolve(client),
        list(LISTENER),
        name="mysite",
        detach=True,
        restart_policy={"Name": "always"},
        ports={f"{CONTAINER_PORT}/tcp": None},
        dns=["127.0.0.1"],
    )


def upgrade(before: str, after: str, root: Path, reports: Path, built: Path | None) -> bool:
    """Rehearse an upgrade in place: `upgrade before` on engine BEFORE, which is then stopped as a
    package upgrade stops it (SIGTERM, its containers still defined), engine AFTER started on the
    same data root in the same namespace, and `upgrade after` against it. Writes
    reports/upgrade-BEFORE-AFTER/ (summary.json, junit.xml, allure-results/, observations/). True when
    both steps completed and no U-* claim failed (the rest of the suite is reported, as the matrix's
    runs are)."""
    out = reports / f"upgrade-{before}-{after}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin"}
    step = [sys.executable, "-m", "docker_conformance.upgrade"]
    with shared_place() as place:
        with _docker(ENGINES[before], root, built, place) as running:
            users_own(running.docker_host)
            made = subprocess.run(
                [*step, "before"], cwd=out, env=env | {"DOCKER_HOST": running.docker_host}, check=False
            )
        if made.returncode != 0:
            print(f"== upgrade {before} -> {after}: `upgrade before` exited {made.returncode}")
            return False
        with _docker(ENGINES[after], root, built, place) as running:
            judged = subprocess.run(
                [*step, "after", *full_reports(out), "--reports-dir", str(out)],
                cwd=out,
                env=env | {"DOCKER_HOST": running.docker_host},
                capture_output=True,
                text=True,
                check=False,
            )
    broken = [c for c, r in _u_claims(out).items() if r.failed]
    said = f"U-* failing: {', '.join(broken)}" if broken else "no U-* claim fails"
    print(f"== upgrade {before} -> {after}: exit {judged.returncode} ({said})")
    shown = [line for line in judged.stdout.splitlines() if line[:2] == "U-" or "while the engine" in line]
    print("\n".join(shown))
    return judged.returncode in (0, 1) and not broken


def _u_claims(out: Path) -> dict[str, ClaimRecord]:
    """The U-* records of an upgrade's result set ({}: it wrote none)."""
    try:
        summary = Summary.load(out / "summary.json")
    except (OSError, ValueError):
        return {}
    return {c: r for c, r in summary.claims.items() if c.startswith("U-")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument(
        "--reports",
        type=Path,
        default=Path("reports"),
        help="where the result sets and diffs go (default: reports of the current folder)",
    )
    parser.add_argument("--only", nargs="+", choices=ENGINES, default=list(ENGINES), metavar="ENGINE")
    parser.add_argument(
        "--moby-source",
        type=Path,
        metavar="TARBALL",
        help="moby's tagged source (with vendor/ and TARBALL.sha256 beside it): Docker 29's two engines",
    )
    parser.add_argument(
        "--upgrade",
        nargs="+",
        type=_pair,
        metavar="BEFORE:AFTER",
        help="rehearse these upgrades in place instead of judging each engine: "
        + ", ".join(map(":".join, UPGRADES)),
    )
    args = parser.parse_args(argv)
    args.reports = args.reports.resolve()  # each engine's run starts in the suite's own folder
    if args.upgrade:
        moby = [n for pair in args.upgrade for n in pair if (ENGINES[n] or "").startswith("moby")]
        built = _built(args.moby_source, args.root) if moby else None
        pairs = [pair for pair in args.upgrade if built or not set(pair) & set(moby)]
        kept = [upgrade(before, after, args.root, args.reports, built) for before, after in pairs]
        return 0 if all(kept) else 1  # as the matrix: a run that did not complete, or a U-* claim broke
    wanted = [n for n in args.only if not (ENGINES[n] or "").startswith("moby")]
    built = _built(args.moby_source, args.root) if len(wanted) < len(args.only) else None
    if built:
        wanted = list(args.only)
    codes = {name: run_one(name, ENGINES[name], args.root, args.reports, built) for name in wanted}
    regressed = 0
    for before, after in DIFFS:
        if not {before, after} <= set(codes):
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


def _built(source: Path | None, root: Path) -> Path | None:
    """dockerd and docker-proxy built from `source` (once per source), or None, said in one line."""
    if source is None:
        print("== Docker 29: no --moby-source given: 29.7 and 29.7-nftables are skipped")
        return None
    started = time.monotonic()
    try:
        built = build_moby(source, root)
    except SourceError as exc:
        print(f"== Docker 29: {exc}: 29.7 and 29.7-nftables are skipped")
        return None
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"== Docker 29: the build from {source} failed ({exc}): 29.7 and 29.7-nftables are skipped")
        return None
    print(f"== Docker 29: {built} ({time.monotonic() - started:.0f} s, built once per source)")
    return built


if __name__ == "__main__":
    sys.exit(main())
