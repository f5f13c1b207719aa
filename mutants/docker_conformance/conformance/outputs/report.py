"""Reports drawn from a finished run: the topology picture, and the Allure HTML report.

    python -m docker_conformance.conformance.outputs.report [--reports DIR] [--allure PATH]

Reads DIR/observations/seed.json and DIR/summary.json (written by `tox -e conformance`);
writes DIR/topology.svg, adds it to DIR/allure-results as its own entry, and with --allure
(Allure 3's command line, `allure` on npm: Node only) generates DIR/allure-report, grouped by
claim family, in the run's language, with the trend of earlier runs (DIR/allure-history.jsonl).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from docker_conformance.conformance.catalog import say
from docker_conformance.conformance.catalog.cli import language, localized
from docker_conformance.conformance.core.errors import ExitStatus
from docker_conformance.conformance.core.summary import Summary
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.model import store
from docker_conformance.conformance.outputs.topology import draw


def topology_svg(reports: Path) -> Path | None:
    """The seed's picture, or None where the run observed no seed walk-through (`-k` chose claims
    that do not need it): the report then has what the run observed, and says what it did not."""
    if not (reports / store.FOLDER / "seed.json").exists():
        return None
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
        "fullName": "docker_conformance.conformance.outputs.topology",
        "status": "passed",
        "stage": "finished",
        "start": now,
        "stop": now,
        "labels": [{"name": "feature", "value": "Topology"}, {"name": "suite", "value": "topology"}],
        "attachments": [{"name": "topology.svg", "source": attachment, "type": "image/svg+xml"}],
    }
    (results / f"{entry['uuid']}-result.json").write_text(json.dumps(entry))


def _literal(words: str) -> str:
    """`words` as a regular expression that matches them alone, in Java's and JavaScript's syntax."""
    return re.sub(r"([\\^$.|?*+()\[\]{}])", r"\\\1", words)


def categories(lang: str = "en") -> list[dict]:
    """How failed claims are sorted in the report: by the verdict their message opens with
    ("CLAIM VERDICT: reason", the verdict in the run's language)."""
    said = {status: _literal(status.words(lang)) for status in (Status.FAILS, Status.INCONSISTENT)}
    return [
        {"name": "A claim fails: the engine differs from what is documented", "matchedStatuses": ["failed"],
         "messageRegex": f"[\\s\\S]*[SDU]-[A-Z0-9]+-\\d+ {said[Status.FAILS]}: [\\s\\S]*"},
        {"name": "The engine contradicts its own configuration", "matchedStatuses": ["failed"],
         "messageRegex": f"[\\s\\S]*[SDU]-[A-Z0-9]+-\\d+ {said[Status.INCONSISTENT]}: [\\s\\S]*"},
        {"name": "Not observed: the engine or the host failed the suite", "matchedStatuses": ["broken"]},
    ]  # fmt: skip


def generate(
    allure: str, results: Path, html: Path, *, group_by: list[str], history: Path, lang: str = "en"
) -> None:
    """The HTML report of `results` in `html`, grouped by the labels `group_by`, with `history`."""
    config = {
        "name": "docker-conformance",
        "categories": categories(lang),
        "historyPath": str(history.resolve()),
        "plugins": {
            "awesome": {
                "options": {
                    "reportName": "docker-conformance",
                    "groupBy": group_by,
                    "reportLanguage": "kr" if lang == "ko" else "en",  # Allure's code for Korean
                    # one index.html with its data inside: it opens from disk (file://), where a
                    # browser refuses the data files a multi-file report fetches
                    "singleFile": True,
                }
            }
        },
    }
    shutil.rmtree(html, ignore_errors=True)
    with tempfile.NamedTemporaryFile("w", suffix=".json", prefix="allurerc-") as rc:
        json.dump(config, rc)
        rc.flush()
        subprocess.run(
            [allure, "generate", str(results), "--config", rc.name, "-o", str(html.resolve())],
            check=True,
            capture_output=True,
        )


def main(argv: list[str] | None = None) -> int:
    lang = language(sys.argv[1:] if argv is None else argv)
    prog, what = "docker-conformance report", say(lang, "report")
    made = argparse.ArgumentParser(prog=prog, description=what, add_help=False)
    parser = localized(made, lang)
    parser.add_argument("--reports", type=Path, default=Path("reports"), help=say(lang, "reports"))
    parser.add_argument("--allure", help=say(lang, "allure"))
    parser.add_argument("--lang", choices=("en", "ko"), default=lang, help=say(lang, "lang"))
    args = parser.parse_args(argv)
    if not (args.reports / "summary.json").exists():
        said = say(lang, "no run", where=args.reports, why="summary.json")
        print(f"docker-conformance report: {said}", file=sys.stderr)
        return int(ExitStatus.NO_RUN)
    svg = topology_svg(args.reports)
    if svg:
        add_to_allure(args.reports / "allure-results", svg)
        print(say(lang, "topology", path=svg))
    else:
        print(say(lang, "no topology"))
    if args.allure:
        html = args.reports / "allure-report"
        generate(
            args.allure,
            args.reports / "allure-results",
            html,
            group_by=["feature"],
            history=args.reports / "allure-history.jsonl",
            lang=Summary.load(args.reports / "summary.json").lang,
        )
        print(say(lang, "html", path=html / "index.html"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
