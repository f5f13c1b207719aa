"""A fleet's Allure result set: the hosts' own results in one folder, each under its host. A host
that sent its compact result (no Allure results of its own) gets one result per claim, drawn from
its summary and the registry's words."""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from docker_conformance.conformance import catalog
from docker_conformance.conformance.catalog import terminal as i18n
from docker_conformance.conformance.core import registry, summary_v1
from docker_conformance.conformance.core.summary import ClaimRecord
from docker_conformance.conformance.core.verdict import Status

ALLURE_STATUS = {Status.NOT_APPLICABLE: "skipped"}  # a code -> Allure's status, when not by `passed`


class Result(Protocol):
    host: str
    folder: Path | None

    @property
    def reported(self) -> bool: ...


def _relabel(entry: dict, host: str) -> dict:
    labels = [lb for lb in entry.get("labels", []) if lb["name"] not in ("host", "parentSuite")]
    entry["labels"] = [{"name": "host", "value": host}, {"name": "parentSuite", "value": host}, *labels]
    for key in ("historyId", "testCaseId"):
        if key in entry:
            entry[key] = hashlib.md5(f"{host}:{entry[key]}".encode()).hexdigest()
    entry["name"] = f"{entry.get('name', '')} [{host}]"
    return entry


def _said(claim: str, record: dict) -> list[str]:
    """A claim's reason, expected and observed values and by-hand command, in English."""
    read = ClaimRecord.read({"claim": claim, **record})
    columns = (catalog.column(read.facts, which) for which in ("expected", "observed"))
    return [text for text in (read.reason, *columns, read.by_hand) if text]


def drawn(summary: dict) -> Iterator[tuple[str, dict]]:
    """A compact summary's claims as Allure results (file name, result), as its run would have
    written them: title, family, story, the verdict and, for a claim that did not conform, its
    reason, expected and observed."""
    claims = registry.claims()
    for claim_id, record in summary.get("claims", {}).items():
        claim = claims.get(claim_id)
        verdict = Status.read(record["verdict"])
        status = "passed" if record["passed"] else "failed"
        status = ALLURE_STATUS.get(verdict, status) if verdict else "broken"
        said = _said(claim_id, record) if verdict and verdict != Status.CONFORMS else []
        labels = [{"name": "claim", "value": claim_id}]
        if claim:
            labels += [{"name": "feature", "value": i18n.feature("en", claim.feature)},
                       {"name": "story", "value": claim.text}]  # fmt: skip
        identity = hashlib.md5(claim_id.encode()).hexdigest()
        result = {
            "uuid": str(uuid.uuid4()),
            "historyId": identity,
            "testCaseId": identity,
            "name": f"{claim_id}: {claim.text}" if claim else claim_id,
            "fullName": f"conformance.{claim_id}",
            "status": status,
            "statusDetails": {"message": "\n".join([verdict.words() if verdict else "?", *said])},
            "labels": labels,
        }
        yield f"{result['uuid']}-result.json", result


def merge_allure(results: list[Result], out: Path, shown: set[str] | None = None) -> None:
    """The Allure results of the hosts `shown` (every host's when None) in one folder, each under
    its host; how many were folded into their group's representative is in the environment."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    environment = []
    folded = [r.host for r in results if shown is not None and r.host not in shown and r.reported]
    if folded:
        environment.append(
            f"fleet.folded={len(folded)} host(s) not shown: each conforms as its group's first host does "
            "(fleet.md lists them)"
        )
    for result in results:
        if result.host in folded:
            continue
        source = result.folder / "allure-results" if result.folder else None
        if not source or not source.is_dir():
            if result.reported:  # a compact result: drawn from its summary
                summary = summary_v1.current(json.loads((result.folder / "summary.json").read_text()))  # type: ignore[operator]
                for name, entry in drawn(summary):
                    (out / name).write_text(json.dumps(_relabel(entry, result.host)))
            continue
        for path in source.iterdir():
            if path.name.endswith("-result.json"):
                entry = _relabel(json.loads(path.read_text()), result.host)
                (out / path.name).write_text(json.dumps(entry))
            elif path.name == "environment.properties":
                environment += [f"{result.host}.{line}" for line in path.read_text().splitlines() if line]
            else:
                shutil.copy2(path, out / path.name)
    (out / "environment.properties").write_text("".join(f"{line}\n" for line in sorted(environment)))
