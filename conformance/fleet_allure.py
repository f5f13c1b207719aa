"""A fleet's Allure result set: the hosts' own results in one folder, each under its host."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Protocol


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
