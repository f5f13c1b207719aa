"""Many hosts' results merged into one report: the fleet table and one Allure result set.

Each host's run leaves its own result set (`summary.json`, `junit.xml`, `allure-results/`); a
host that left none did not report, and says why. `merge` writes, into OUT:

- `fleet.json`: `{"hosts": {HOST: {"reported", "reason", "engine", "claims": {ID: record}}},
  "groups": [...]}`, the records as in `summary.json`, and the hosts grouped by what they do not
  conform in (`groups`);
- `fleet.md`: the groups first (a platform team's first question: which hosts differ, and how),
  then claims × hosts for the hosts that are not all-conforming, then every host;
- `allure-results/`: one representative host's results per group, and every host that failed,
  each under the host as parent suite and label, with its own history ID (Allure would otherwise
  fold the hosts' runs of a claim into one); the report says how the rest were folded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from docker_conformance.conformance.core import registry, summary_v1
from docker_conformance.conformance.core.errors import ExitStatus
from docker_conformance.conformance.core.summary import SCHEMA_VERSION, ClaimRecord
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.outputs import prometheus
from docker_conformance.conformance.outputs.fleet_allure import merge_allure

# a verdict's code as a cell of the claims × hosts table: the failing ones stand out
SHORT = {Status.INCONSISTENT: "INCONSISTENT", Status.FAILS: "FAILS", Status.NOT_APPLICABLE: "n/a"}


@dataclass(frozen=True)
class HostResult:
    """One host's outcome: its result set, or why there is none."""

    host: str
    folder: Path | None  # its summary.json, junit.xml, allure-results/; None: it did not report
    reason: str = ""  # why it did not report (Swarm's words, or the run's own paragraph)
    url: str = ""  # its engine's DOCKER_HOST (--hosts): how a re-run reaches it again
    payload: int = 0  # the bytes of its result through the service's logs (a swarm's node: base64)

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
        path = result.folder / "summary.json" if result.reported else None  # type: ignore[operator]
        raw = summary_v1.current(json.loads(path.read_text())) if path else {}
        configured = raw.get("configuration", {})
        hosts[result.host] = {
            "reported": result.reported,
            "reason": "" if result.reported else result.reason or "it sent no results",
            "engine": raw.get("engine", {}),
            "claims": raw.get("claims", {}),
        }
        hosts[result.host] |= {"url": result.url} if result.url else {}
        hosts[result.host] |= {"payload_bytes": result.payload} if result.payload else {}
        if "expected" in configured:  # judged by --expect-config's file: the settings differing
            hosts[result.host]["drift"] = configured.get("drift", [])
    return {"hosts": hosts}


NOT_CONFORMING = {Status.DEVIATES, Status.DOCUMENTED, Status.INCONSISTENT, Status.FAILS}


def _explained(record: dict) -> dict:
    """What explains a claim's verdict on a group's first host: its facts that failed (or every fact,
    where none did) and its notes, as data."""
    facts = [f for f in record.get("facts", []) if not f.get("holds", True)] or record.get("facts", [])
    return {"facts": facts, "notes": record.get("notes", []), "unjudged": record.get("unjudged", [])}


def _code(record: dict) -> str:
    return prometheus.code(record["verdict"])


def groups(fleet: dict) -> list[dict]:
    """The hosts grouped by what they do not conform in: the claims (with their verdict codes) and
    the drift; silent hosts form groups of their own, by reason. Largest group first. Each group
    gives the values that explain it, from its first host (a setting, or what was observed)."""
    found: dict[tuple, dict] = {}
    for host, data in fleet["hosts"].items():
        if not data["reported"]:
            key: tuple = ("silent", data["reason"])
            silent = {"silent": True, "reason": data["reason"], "claims": {}, "hosts": []}
            entry = found.setdefault(key, silent)
        else:
            codes = {c: _code(r) for c, r in data["claims"].items() if _code(r) in NOT_CONFORMING}
            drift = tuple(sorted(d.split(":")[0] for d in data.get("drift", [])))
            key = (tuple(sorted(codes.items())), drift)
            entry = found.setdefault(
                key,
                {
                    "silent": False,
                    "claims": dict(sorted(codes.items())),
                    "explained_by": {c: _explained(data["claims"][c]) for c in sorted(codes)},
                    "drift": list(drift),
                    "hosts": [],
                },
            )
        entry["hosts"].append(host)
    ordered = sorted(found.values(), key=lambda g: (g["silent"], -len(g["hosts"])))
    return [{"count": len(g["hosts"]), **g} for g in ordered]


def _fold(hosts: list[str], shown: int = 8) -> str:
    return ", ".join(hosts[:shown]) + (f" and {len(hosts) - shown} more" if len(hosts) > shown else "")


def group_lines(fleet: dict) -> list[str]:
    """The groups, one line each (and one per claim that explains it), long host lists folded."""
    lines = []
    for g in fleet.get("groups") or groups(fleet):
        hosts = _fold(g["hosts"])
        if g["silent"]:
            lines.append(f"- {g['count']} host(s) silent ({g['reason']}): {hosts}")
            continue
        if not g["claims"] and not g["drift"]:
            lines.append(f"- {g['count']} host(s) conform in every claim judged: {hosts}")
            continue
        what = ", ".join(f"{c} {v}" for c, v in g["claims"].items())
        drift = f"; drift on {', '.join(g['drift'])}" if g["drift"] else ""
        lines.append(f"- {g['count']} host(s): {what or 'no claim'}{drift}: {hosts}")
        lines += [
            f"  - {c}: {ClaimRecord.read({'claim': c, **why, 'verdict': code, 'passed': False}).reason[:200]}"
            for (c, why), code in zip(g.get("explained_by", {}).items(), g["claims"].values(), strict=True)
        ]
    return lines


def failing_claims(host: dict) -> list[str]:
    return [c for c, r in host["claims"].items() if not r["passed"] and r["verdict"] != Status.NOT_APPLICABLE]


def failing(fleet: dict) -> dict[str, list[str]]:
    """Host -> the claims it fails (or, for a host that did not report, an empty list)."""
    return {host: failing_claims(data) for host, data in fleet["hosts"].items()}


def markdown(fleet: dict) -> str:
    heading = f"{len(fleet['hosts'])} host(s), grouped by what they do not conform in:"
    lines = ["# Fleet conformance", "", *rerun_lines(fleet), heading, ""]
    lines += group_lines(fleet)
    odd = {h: d for h, d in fleet["hosts"].items() if d["reported"] and (failing_claims(d) or d.get("drift")
           or any(_code(r) in NOT_CONFORMING for r in d["claims"].values()))}  # fmt: skip
    if odd:
        hosts = list(odd)
        claims = [c for c in registry.claims() if any(c in h["claims"] for h in odd.values())]
        lines += ["", "## The hosts that are not all-conforming, claim by claim", ""]
        lines += ["| claim | " + " | ".join(hosts) + " |", "|---" * (len(hosts) + 1) + "|"]
        for claim in claims:
            cells = []
            for data in odd.values():
                record = data["claims"].get(claim)
                cells.append(SHORT.get(record["verdict"], record["verdict"]) if record else "")
            lines.append(f"| {claim} | " + " | ".join(cells) + " |")
        if any("drift" in h for h in odd.values()):  # --expect-config: settings differing
            lines.append("| drift | " + " | ".join(str(len(h.get("drift", []))) for h in odd.values()) + " |")
    lines += ["", "## Hosts", ""]
    for host, data in fleet["hosts"].items():
        engine = data["engine"]
        what = f"{engine.get('engine.name', '?')} {engine.get('engine.version', '?')}" if engine else ""
        sent = f" (sent {data['payload_bytes']:,} bytes)" if data.get("payload_bytes") else ""
        said = what + sent if data["reported"] else f"did not report: {data['reason']}"
        lines.append(f"- **{host}**: {said}")
        lines += [f"  - drift: {line}" for line in data.get("drift", [])]
    return "\n".join(lines) + "\n"


def terminal(fleet: dict) -> list[str]:
    """The summary a fleet run ends with: the groups first, then every host that is not fine."""
    heading = f"fleet: {len(fleet['hosts'])} host(s), by what they do not conform in:"
    lines = [*rerun_lines(fleet)[:1], heading]
    lines += group_lines(fleet)
    for host, claims in failing(fleet).items():
        data = fleet["hosts"][host]
        if not data["reported"]:
            lines.append(f"{host}: DID NOT REPORT: {data['reason']}")
        elif claims:
            lines.append(f"{host}: FAILS {len(claims)} of {len(data['claims'])}: {', '.join(claims)}")
        else:
            unjudged = sum(r["verdict"] == Status.NOT_APPLICABLE for r in data["claims"].values())
            judged = len(data["claims"]) - unjudged
            lines.append(f"{host}: all {judged} judged claims pass ({unjudged} not applicable)")
        if data.get("drift"):
            lines.append(f"{host}: DRIFT in {len(data['drift'])} setting(s): " + "; ".join(data["drift"]))
    return lines


def shown_in_allure(fleet: dict) -> set[str]:
    """The hosts whose results Allure shows: each group's first host, and every host that fails."""
    firsts = {g["hosts"][0] for g in fleet["groups"] if not g["silent"]}
    return firsts | {host for host, claims in failing(fleet).items() if claims}


def to_rerun(fleet: dict) -> list[str]:
    """The hosts a re-run runs again: each that fails a claim or did not report."""
    return [host for host, data in fleet["hosts"].items() if not data["reported"] or failing_claims(data)]


def claims_to_rerun(fleet: dict, hosts: list[str]) -> list[str]:
    """The claims those hosts fail, in the registry's order."""
    failed = {c for host in hosts for c in failing_claims(fleet["hosts"][host])}
    return [c for c in registry.claims() if c in failed]


def carried(fleet: dict, host: str, out: Path) -> HostResult:
    """A host a re-run leaves alone, as the earlier run left it: its folder under `out`, written
    anew from fleet.json's record where the folder is gone."""
    data = fleet["hosts"][host]
    folder = out / "hosts" / folder_name(host)
    if data["reported"] and not (folder / "summary.json").exists():
        folder.mkdir(parents=True, exist_ok=True)
        drift = {"configuration": {"expected": [], "drift": data["drift"]}} if "drift" in data else {}
        summary = {"schema_version": SCHEMA_VERSION, "engine": data["engine"], "claims": data["claims"],
                   "compact": True, **drift}  # fmt: skip
        (folder / "summary.json").write_text(json.dumps(summary))
    return HostResult(host, folder if data["reported"] else None, data["reason"], data.get("url", ""),
                      data.get("payload_bytes", 0))  # fmt: skip


def fill_in(result: HostResult, before: dict) -> None:
    """A host re-run for some claims only: the records of the others, from before, kept."""
    if result.reported:
        path = result.folder / "summary.json"  # type: ignore[operator]
        summary = json.loads(path.read_text())
        summary["claims"] = {**before.get("claims", {}), **summary["claims"]}
        path.write_text(json.dumps(summary))


def rerun_lines(fleet: dict) -> list[str]:
    rerun = fleet.get("rerun")
    if not rerun:
        return []
    claims = ", ".join(rerun["claims"]) or rerun.get("keyword") or "every claim"
    hosts = f"{len(rerun['hosts'])} host(s) that failed or were silent in {rerun['from']}"
    return [f"Re-run of {hosts} ({_fold(rerun['hosts'])}), for {claims}; the others are carried over.", ""]


def merge(results: list[HostResult], out: Path, rerun: dict | None = None) -> dict:
    """Write fleet.json, fleet.md and allure-results/ into `out`; return the fleet. `rerun`: what
    a re-run ran again (`from`, `hosts`, `claims`), recorded and said."""
    out.mkdir(parents=True, exist_ok=True)
    fleet = table(results)
    fleet["groups"] = groups(fleet)
    if rerun:
        fleet["rerun"] = rerun
    (out / "fleet.json").write_text(json.dumps(fleet, indent=2))
    (out / "fleet.md").write_text(markdown(fleet))
    merge_allure(results, out / "allure-results", shown_in_allure(fleet))
    return fleet


def payloads(fleet: dict) -> str:
    """What the nodes sent through the logs, in bytes (a swarm's): the least, the most, in all."""
    sent = [d["payload_bytes"] for d in fleet["hosts"].values() if d.get("payload_bytes")]
    return f"nodes sent {min(sent):,} to {max(sent):,} bytes each, {sum(sent):,} in all" if sent else ""


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
