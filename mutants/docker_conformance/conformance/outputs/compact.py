"""A node's compact result: what a fleet's manager needs, small enough for a thousand nodes' logs.

    # REPORTS/summary.json -> OUT/summary.json
    python -m docker_conformance.conformance.outputs.compact REPORTS OUT

It keeps the engine's facts, the configuration and its drift, and every claim's verdict; a claim
that did not conform keeps its record (its facts, with their expected and observed values and the
settings or changes behind them, the notes its reason is drawn from, the command to see it by hand),
as data. A conforming claim keeps its verdict alone: its words
are the registry's, and the fleet's report draws them from there. The observations, the values
that only the topology picture reads, the Korean words, the JUnit file and the Allure results stay
on the node (`fleet --full` sends them).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from docker_conformance.conformance.core import summary_v1
from docker_conformance.conformance.core.verdict import Status

# what a conforming claim keeps: enough for every reader of summary.json's records
KEPT = ("claim", "verdict", "passed")
# and one that did not conform: what the fleet's report, explain and the causes read
EXPLAINED = (*KEPT, "facts", "notes", "unjudged", "by_hand", "needs")
REQUIRED = ("key", "expected", "observed", "holds")  # a fact's fields a reader cannot fill in
DEFAULTS = (None, False, {}, "seed")  # what an unset field of a fact holds


def _lean(record: dict) -> dict:
    """A record that did not conform, its facts without the fields that hold their default (a
    reader fills them in again: `ClaimRecord.read`)."""
    kept = {k: record[k] for k in EXPLAINED if k in record and record[k] not in ((), [], "")}
    if "facts" in kept:
        kept["facts"] = [
            {k: v for k, v in f.items() if k in REQUIRED or v not in DEFAULTS} for f in kept["facts"]
        ]
    return kept


def compact(summary: dict) -> dict:
    summary = summary_v1.current(summary)
    claims = {
        claim: {k: record[k] for k in KEPT if k in record}
        if record["verdict"] == Status.CONFORMS
        else _lean(record)
        for claim, record in summary.get("claims", {}).items()
    }
    return {**summary, "claims": claims, "compact": True}


def main(argv: list[str] | None = None) -> int:
    reports, out = (Path(a) for a in (sys.argv[1:] if argv is None else argv))
    summary = json.loads((reports / "summary.json").read_text())
    out.mkdir(parents=True, exist_ok=True)
    (out / "summary.json").write_text(json.dumps(compact(summary), separators=(",", ":")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
