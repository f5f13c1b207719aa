"""The suite on a fleet of hosts, with one merged report.

    python -m fleet [--node-label KEY=VALUE ...]   # every node of the swarm this engine manages
    python -m fleet --hosts URL [URL ...]          # a list of engines (DOCKER_HOST URLs)
    python -m fleet --demo [--demo-stopped]        # a 3-node swarm made on this machine, then the above

Writes OUT (default reports/fleet): fleet.json, fleet.md, hosts/HOST/ (each host's result set),
allure-results/ and, with --allure, allure-report/. Ends with a line per host. Exit status: 0
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

from conformance import fleet, prometheus
from conformance.command import ROOT
from conformance.errors import SuiteError
from conformance.profile import read_golden
from conformance.report import generate
from fleet.demo import demo_swarm
from fleet.hosts import run_hosts
from fleet.swarm import run_swarm
from observe.engine import connect


def _label(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"{text!r} is not KEY=VALUE")
    return key, value


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m fleet", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--hosts", nargs="+", metavar="URL", help="engines to run on, outside a swarm")
    parser.add_argument("--node-label", type=_label, action="append", default=[], metavar="KEY=VALUE",
                        help="only the swarm's nodes with this label (a service constraint)")  # fmt: skip
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "fleet")
    parser.add_argument("--allure", help="the allure command line; generates OUT/allure-report")
    parser.add_argument("--prometheus", type=Path, metavar="FILE",
                        help="also write every host's verdicts in node_exporter's textfile format")
    parser.add_argument("--timeout", type=float, default=900, help="seconds to wait for every host")
    parser.add_argument("--expect-config", type=Path, metavar="FILE",
                        help="judge every node by this daemon.json; report each one's drift")  # fmt: skip
    parser.add_argument("--demo", action="store_true", help="make a 3-node swarm here first (root)")
    parser.add_argument("--demo-stopped", action="store_true",
                        help="with --demo: a 4th node whose engine is stopped before the run")  # fmt: skip
    return parser.parse_args(argv)


def gather(args: argparse.Namespace) -> list[fleet.HostResult]:
    golden = args.expect_config
    expected = json.dumps(read_golden(golden)) if golden else ""  # refused here when invalid
    if args.hosts:
        return run_hosts(
            args.hosts, args.out, args.timeout, ("--expect-config", str(golden)) if golden else ()
        )
    labels = dict(args.node_label)
    if args.demo:
        with demo_swarm(stopped=args.demo_stopped) as made:
            return run_swarm(made.manager.client, args.out, labels, args.timeout, expected)
    return run_swarm(connect(probe="always").client, args.out, labels, args.timeout, expected)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    shutil.rmtree(args.out / "hosts", ignore_errors=True)
    started = time.monotonic()
    try:
        results = gather(args)
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
    merged = fleet.merge(results, args.out)
    print("\n".join(fleet.terminal(merged)))
    if args.prometheus:
        prometheus.write(args.prometheus, prometheus.fleet(merged))
        print(f"prometheus: {args.prometheus}")
    print(f"fleet: {len(results)} hosts in {time.monotonic() - started:.0f} s; {args.out / 'fleet.md'}")
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
    return fleet.exit_status(merged)


if __name__ == "__main__":
    sys.exit(main())
