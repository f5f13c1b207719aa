"""The suite on a fleet of hosts, with one merged report.

    docker-conformance fleet [--node-label KEY=VALUE ...]   # every node of the swarm this engine manages
    docker-conformance fleet --hosts URL [URL ...]          # a list of engines (DOCKER_HOST URLs)
    docker-conformance fleet --demo [--demo-stopped]        # a 3-node swarm made here, then the above
    docker-conformance fleet --rerun FLEET.JSON [-k [EXPR]] # only the hosts that failed or were silent

Writes OUT (default reports/fleet of the current folder; a re-run's: its fleet.json's folder):
fleet.json, fleet.md, hosts/HOST/ (each host's result: on a swarm the compact one, or with --full
the whole result set), allure-results/ and, with --allure, allure-report/. A re-run merges into
the fleet it re-runs; `-k` alone narrows it to the claims that failed. Exit status: 0
when every host reported and passes every claim; 1 when a host fails a claim or did not report;
26 when, with --expect-config, a host's engine drifts from that file (and every host reported);
the suite's own statuses (10-24) for an error before any host ran.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from docker.errors import DockerException

from docker_conformance.conformance.core.errors import ExitStatus, SuiteError
from docker_conformance.conformance.core.profile import read_golden
from docker_conformance.conformance.outputs import fleet_merge, prometheus
from docker_conformance.conformance.outputs.report import generate
from docker_conformance.fleet.demo import demo_swarm
from docker_conformance.fleet.hosts import PARALLEL, host_names, run_hosts
from docker_conformance.fleet.progress import Progress
from docker_conformance.fleet.swarm import Selection, run_swarm
from docker_conformance.observe.engine import connect


def _label(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"{text!r} is not KEY=VALUE")
    return key, value


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="docker-conformance fleet",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--hosts", nargs="+", metavar="URL", help="engines to run on, outside a swarm")
    parser.add_argument("--node-label", type=_label, action="append", default=[], metavar="KEY=VALUE",
                        help="only the swarm's nodes with this label (a service constraint)")  # fmt: skip
    parser.add_argument("--out", type=Path, help="the fleet's folder (default: reports/fleet)")
    parser.add_argument("--allure", help="the allure command line; generates OUT/allure-report")
    parser.add_argument(
        "--prometheus",
        type=Path,
        metavar="FILE",
        help="also write every host's verdicts in node_exporter's textfile format",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=900,
        help="seconds to wait for every node's task (swarm), or for each run (--hosts)",
    )
    parser.add_argument(
        "--parallel",
        type=int,
        default=PARALLEL,
        metavar="N",
        help=f"--hosts: runs at a time (default {PARALLEL})",
    )
    parser.add_argument(
        "--full",
        action="store_true",
        help="each node sends its whole result set (observations' verdicts, JUnit, Allure), "
        "not the compact one",
    )
    parser.add_argument(
        "--rerun",
        type=Path,
        metavar="FLEET.JSON",
        help="run again only on the hosts that failed or were silent, merged into that fleet",
    )
    parser.add_argument(
        "-k",
        dest="keyword",
        nargs="?",
        const=FAILED,
        metavar="EXPR",
        help="the claims to run (pytest's -k); alone, with --rerun: the claims that failed",
    )
    parser.add_argument("--expect-config", type=Path, metavar="FILE",
                        help="judge every node by this daemon.json; report each one's drift")  # fmt: skip
    parser.add_argument("--demo", action="store_true", help="make a 3-node swarm here first (root)")
    parser.add_argument("--demo-stopped", action="store_true",
                        help="with --demo: a 4th node whose engine is stopped before the run")  # fmt: skip
    args = parser.parse_args(argv)
    if args.keyword == FAILED and not args.rerun:
        parser.error("-k without an expression narrows a re-run (--rerun FLEET.JSON) to its failed claims")
    args.out = args.out or (args.rerun.parent if args.rerun else Path("reports") / "fleet")
    return args


FAILED = "\0failed"  # `-k` alone: the claims that failed


def _before(path: Path) -> dict:
    """The fleet a re-run starts from: its fleet.json, refused in one paragraph when unreadable."""
    try:
        before = json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        raise SuiteError(f"--rerun {path}: no fleet.json could be read ({exc})", ExitStatus.NO_RUN) from exc
    if not isinstance(before, dict) or not isinstance(before.get("hosts"), dict):
        raise SuiteError(f"--rerun {path}: not a fleet's fleet.json (it has no hosts)", ExitStatus.NO_RUN)
    return before


def _engines(args: argparse.Namespace, before: dict | None, only: list[str]) -> dict[str, str] | None:
    """A --hosts run's engines, name -> URL: those given, or a re-run's, from its fleet.json."""
    if args.hosts:
        return dict(zip(host_names(args.hosts), args.hosts, strict=True))
    if before and not args.demo and any("url" in data for data in before["hosts"].values()):
        return {host: before["hosts"][host]["url"] for host in only if "url" in before["hosts"][host]}
    return None


def gather(args: argparse.Namespace, before: dict | None, claims: list[str]) -> list[fleet_merge.HostResult]:
    """Every host's result (a re-run's: only the hosts that failed or were silent before)."""
    golden = args.expect_config
    expected = json.dumps(read_golden(golden)) if golden else ""  # refused here when invalid
    only = fleet_merge.to_rerun(before) if before else None
    keyword = " or ".join(claims) if args.keyword == FAILED else args.keyword
    suite = ("-k", keyword) if keyword else ()
    hosts = _engines(args, before, only or [])
    progress = Progress(len(hosts or ()))
    try:
        if hosts is not None:
            extra = (*suite, *(("--expect-config", str(golden)) if golden else ()))
            return run_hosts(hosts, args.out, args.timeout, extra, args.parallel, progress.host)
        chosen = frozenset(only) if only is not None else None
        selection = Selection(dict(args.node_label), chosen, suite, args.full, expected)
        if args.demo:
            with demo_swarm(stopped=args.demo_stopped) as made:
                return run_swarm(made.manager.client, args.out, selection, args.timeout, progress.tasks)
        return run_swarm(connect(probe="always").client, args.out, selection, args.timeout, progress.tasks)
    finally:
        progress.end()


def _merged(args: argparse.Namespace, results: list[fleet_merge.HostResult], before: dict | None,
            claims: list[str]) -> dict:  # fmt: skip
    """Merge the results; a re-run's into the fleet it re-ran, the other hosts carried over."""
    if not before:
        return fleet_merge.merge(results, args.out)
    ran = {r.host: r for r in results}
    for result in results if claims else []:
        fleet_merge.fill_in(result, before["hosts"].get(result.host, {}))
    merged = [ran.get(h) or fleet_merge.carried(before, h, args.out) for h in before["hosts"]]
    merged += [r for h, r in ran.items() if h not in before["hosts"]]
    keyword = "" if args.keyword == FAILED else args.keyword or ""
    rerun = {"from": str(args.rerun), "hosts": list(ran), "claims": claims, "keyword": keyword}
    return fleet_merge.merge(merged, args.out, rerun)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    started = time.monotonic()
    try:
        before = _before(args.rerun) if args.rerun else None
        if not before:
            shutil.rmtree(args.out / "hosts", ignore_errors=True)
        narrowed = before and args.keyword == FAILED
        claims = fleet_merge.claims_to_rerun(before, fleet_merge.to_rerun(before)) if narrowed else []
        results = gather(args, before, claims)
    except SuiteError as exc:
        print(exc.paragraph(), file=sys.stderr)
        return int(exc.status)
    except KeyboardInterrupt:
        print("docker-conformance: interrupted; the fleet's service was removed", file=sys.stderr)
        return 130
    except DockerException as exc:
        why = f"{exc.__class__.__name__}: {exc}"
        print(f"docker-conformance: the fleet could not run ({why})", file=sys.stderr)
        return 1
    merged = _merged(args, results, before, claims)
    print("\n".join(fleet_merge.terminal(merged)))
    if args.prometheus:
        prometheus.write(args.prometheus, prometheus.fleet(merged))
        print(f"prometheus: {args.prometheus}")
    sent = f"; {fleet_merge.payloads(merged)}" if fleet_merge.payloads(merged) else ""
    print(f"fleet: {len(results)} hosts in {time.monotonic() - started:.0f} s{sent}; {args.out / 'fleet.md'}")
    if args.allure:
        html = args.out / "allure-report"
        history = args.out / "allure-history.jsonl"
        generate(
            args.allure,
            args.out / "allure-results",
            html,
            group_by=["parentSuite", "feature"],
            history=history,
        )
        print(f"allure report: {html}/index.html")
    return fleet_merge.exit_status(merged)


if __name__ == "__main__":
    sys.exit(main())
