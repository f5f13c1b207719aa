"""Many hosts' results merged into one report: the fleet table and one Allure result set.

Each host's run leaves its own result set (`summary.json`, `junit.xml`, `allure-results/`); a
host that left none did not report, and says why. `merge` writes, into OUT:

- `fleet.json`: `{"hosts": {HOST: {"reported", "reason", "engine", "claims": {ID: record}}}}`,
  the records as in `summary.json`;
- `fleet.md`: claims × hosts, each cell the verdict;
- `allure-results/`: every host's results, each under the host as parent suite and label, and
  with its own history ID (Allure would otherwise fold the hosts' runs of a claim into one).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from conformance import registry
from conformance.errors import ExitStatus

SHORT = {
    "conforms": "conforms",
    "differs from the seed as documented for this engine version": "documented",
    "deviates from the documented default": "deviates",
    "is internally inconsistent": "INCONSISTENT",
    "fails": "FAILS",
    "not applicable": "n/a",
}


@dataclass(frozen=True)
class HostResult:
    """One host's outcome: its result set, or why there is none."""

    host: str
    folder: Path | None  # its summary.json, junit.xml, allure-results/; None: it did not report
    reason: str = ""  # why it did not report (Swarm's words, or the run's own paragraph)

    @property
    def reported(self) -> bool:
        return self.folder is not None and (self.folder / "summary.json").exists()


def folder_name(host: str) -> str:
    """A host's folder under OUT/hosts: its name with anything but letters, digits, dots and
    dashes made `_` (a socket's path is a name too)."""
    return re.sub(r"[^A-Za-z0-9.-]+", "_", host).strip("_") or "host"


def table(results: list[HostResult]) -> dict:
    """The fleet as `fleet.json` holds it."""
    hosts: dict[str, dict] = {}
    for result in results:
        raw = json.loads((result.folder / "summary.json").read_text()) if result.reported else {}  # type: ignore[operator]
        configured = raw.get("configuration", {})
        hosts[result.host] = {
            "reported": result.reported,
            "reason": "" if result.reported else result.reason or "it sent no results",
            "engine": raw.get("engine", {}),
            "claims": raw.get("claims", {}),
        }
        if "expected" in configured:  # judged by --expect-config's file: the settings differing
            hosts[result.host]["drift"] = configured.get("drift", [])
    return {"hosts": hosts}


def failing(fleet: dict) -> dict[str, list[str]]:
    """Host -> the claims it fails (or, for a host that did not report, an empty list)."""
    return {
        host: [c for c, r in data["claims"].items() if not r["passed"] and r["verdict"] != "not applicable"]
        for host, data in fleet["hosts"].items()
    }


def markdown(fleet: dict) -> str:
    hosts = list(fleet["hosts"])
    claims = [c for c in registry.claims() if any(c in h["claims"] for h in fleet["hosts"].values())]
    header = ["| claim | " + " | ".join(hosts) + " |", "|---" * (len(hosts) + 1) + "|"]
    lines = ["# Fleet conformance", "", *header]
    for claim in claims:
        cells = []
        for data in fleet["hosts"].values():
            record = data["claims"].get(claim)
            cells.append(SHORT.get(record["verdict"], record["verdict"]) if record else "")
        lines.append(f"| {claim} | " + " | ".join(cells) + " |")
    if any("drift" in h for h in fleet["hosts"].values()):  # --expect-config: settings differing
        cells = [str(len(h.get("drift", []))) if h["reported"] else "" for h in fleet["hosts"].values()]
        lines.append("| drift | " + " | ".join(cells) + " |")
    lines += ["", "## Hosts", ""]
    for host, data in fleet["hosts"].items():
        engine = data["engine"]
        what = f"{engine.get('engine.name', '?')} {engine.get('engine.version', '?')}" if engine else ""
        lines.append(f"- **{host}**: " + (what if data["reported"] else f"did not report: {data['reason']}"))
        lines += [f"  - drift: {line}" for line in data.get("drift", [])]
    return "\n".join(lines) + "\n"


def terminal(fleet: dict) -> list[str]:
    """The summary a fleet run ends with: every host, and what each fails."""
    lines = []
    for host, claims in failing(fleet).items():
        data = fleet["hosts"][host]
        if not data["reported"]:
            lines.append(f"{host}: DID NOT REPORT: {data['reason']}")
        elif claims:
            lines.append(f"{host}: FAILS {len(claims)} of {len(data['claims'])}: {', '.join(claims)}")
        else:
            unjudged = sum(r["verdict"] == "not applicable" for r in data["claims"].values())
            judged = len(data["claims"]) - unjudged
            lines.append(f"{host}: all {judged} judged claims pass ({unjudged} not applicable)")
        if data.get("drift"):
            lines.append(f"{host}: DRIFT in {len(data['drift'])} setting(s): " + "; ".join(data["drift"]))
    return lines


def _relabel(entry: dict, host: str) -> dict:
    labels = [lb for lb in entry.get("labels", []) if lb["name"] not in ("host", "parentSuite")]
    entry["labels"] = [{"name": "host", "value": host}, {"name": "parentSuite", "value": host}, *labels]
    for key in ("historyId", "testCaseId"):
        if key in entry:
            entry[key] = hashlib.md5(f"{host}:{entry[key]}".encode()).hexdigest()
    entry["name"] = f"{entry.get('name', '')} [{host}]"
    return entry


def merge_allure(results: list[HostResult], out: Path) -> None:
    """Every host's Allure results in one folder, each under its host."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    environment = []
    for result in results:
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


def merge(results: list[HostResult], out: Path) -> dict:
    """Write fleet.json, fleet.md and allure-results/ into `out`; return the fleet."""
    out.mkdir(parents=True, exist_ok=True)
    fleet = table(results)
    (out / "fleet.json").write_text(json.dumps(fleet, indent=2))
    (out / "fleet.md").write_text(markdown(fleet))
    merge_allure(results, out / "allure-results")
    return fleet


def exit_status(fleet: dict) -> int:
    """1 when a host did not report; else 26 when a host drifts from --expect-config's file (the
    claims were judged against a configuration it does not run); else 1 when a host fails a
    claim; else 0."""
    hosts = fleet["hosts"].values()
    if not all(h["reported"] for h in hosts):
        return 1
    if any(h.get("drift") for h in hosts):
        return int(ExitStatus.DRIFT)
    return 1 if any(failing(fleet).values()) else 0
