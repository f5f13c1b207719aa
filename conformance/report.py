"""Reports drawn from a finished run: the topology picture, and the Allure HTML report.

    python -m conformance.report [--reports DIR] [--allure PATH]

Reads DIR/observations/seed.json and DIR/summary.json (written by `tox -e conformance`);
writes DIR/topology.svg, adds it to DIR/allure-results as its own entry, and with --allure
(the allure command line) generates DIR/allure-report.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import uuid
from pathlib import Path

from conformance.model import store
from conformance.summary import Summary
from conformance.topology import draw


def topology_svg(reports: Path) -> Path:
    seed = store.load(reports, "seed")
    summary = Summary.load(reports / "summary.json")
    path = reports / "topology.svg"
    path.write_bytes(draw(seed, set(summary.failed())).pipe(format="svg"))
    return path


def add_to_allure(results: Path, svg: Path) -> None:
    """One extra Allure entry, "Topology", carrying the picture."""
    results.mkdir(parents=True, exist_ok=True)
    attachment = f"{uuid.uuid4()}-attachment.svg"
    (results / attachment).write_bytes(svg.read_bytes())
    now = int(time.time() * 1000)
    entry = {
        "uuid": str(uuid.uuid4()),
        "historyId": "docker-conformance-topology",
        "name": "Topology: docker0, the veth pairs and the containers as observed",
        "fullName": "conformance.topology",
        "status": "passed",
        "stage": "finished",
        "start": now,
        "stop": now,
        "labels": [{"name": "feature", "value": "Topology"}, {"name": "suite", "value": "topology"}],
        "attachments": [{"name": "topology.svg", "source": attachment, "type": "image/svg+xml"}],
    }
    (results / f"{entry['uuid']}-result.json").write_text(json.dumps(entry))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=Path, default=Path("reports"))
    parser.add_argument("--allure", help="the allure command line; generates the HTML report")
    args = parser.parse_args(argv)
    if not (args.reports / "summary.json").exists():
        print(
            f"docker-conformance: no run in {args.reports}: run `tox -e conformance` first", file=sys.stderr
        )
        return 2
    svg = topology_svg(args.reports)
    add_to_allure(args.reports / "allure-results", svg)
    print(f"topology: {svg}")
    if args.allure:
        html = args.reports / "allure-report"
        subprocess.run(
            [args.allure, "generate", str(args.reports / "allure-results"), "-o", str(html), "--clean"],
            check=True,
        )
        print(f"allure report: {html}/index.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
