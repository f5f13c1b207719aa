"""The summary of a run: one record per claim, as `summary.json` holds it and every reader reads it.

The plugin writes it; the terminal table, `--explain`, the upgrade diff and the reports read it
through these types, never as raw dicts.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from conformance import registry
from conformance.verdict import Status, Verdict


@dataclass(frozen=True)
class ClaimRecord:
    claim: str
    verdict: str  # a Status value
    passed: bool
    reason: str
    expected: str = ""
    observed: str = ""
    by_hand: str = ""
    facts: tuple[str, ...] = ()
    # the documented values (profile-backed facts): what an upgrade diff compares
    values: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, verdict: Verdict) -> ClaimRecord:
        return cls(
            claim=verdict.claim,
            verdict=str(verdict.status),
            passed=verdict.passed,
            reason=verdict.reason,
            expected=verdict.expected,
            observed=verdict.observed,
            by_hand=verdict.by_hand,
            facts=tuple(fact.line() for fact in verdict.facts),
            values={f.what: repr(f.observed) for f in verdict.facts if f.key and not f.varies},
        )

    @property
    def applicable(self) -> bool:
        return self.verdict != Status.NOT_APPLICABLE

    @property
    def failed(self) -> bool:
        return self.applicable and not self.passed


@dataclass(frozen=True)
class Summary:
    claims: dict[str, ClaimRecord]
    engine: dict[str, str] = field(default_factory=dict)
    profile: str | None = None
    run: str | None = None
    # scenario -> what other containers did on the engine's networks while it ran (busy ones only)
    activity: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, records: list[ClaimRecord], **facts: Any) -> Summary:
        """The worst record of each claim (a claim checked twice fails if either check fails)."""
        worst: dict[str, ClaimRecord] = {}
        for record in records:
            if record.claim not in worst or (worst[record.claim].passed and not record.passed):
                worst[record.claim] = record
        order = list(registry.claims())
        ordered = sorted(worst, key=lambda c: order.index(c) if c in order else len(order))
        return cls(claims={c: worst[c] for c in ordered}, **facts)

    def failed(self) -> list[str]:
        return [c for c, r in self.claims.items() if r.failed]

    def verdicts(self) -> dict[str, str]:
        return {c: r.verdict for c, r in self.claims.items()}

    @property
    def engine_label(self) -> str:
        return f"{self.engine.get('engine.name', '?')} {self.engine.get('engine.version', '?')}"

    def table(self) -> list[str]:
        """The terminal table: one line a claim, then how busy the host was."""
        lines = [f"{c:<11} {r.verdict:<38} {r.reason[:110]}" for c, r in self.claims.items()]
        if not self.activity:
            return [
                *lines,
                "host activity: none seen (no other container joined or left a network meanwhile)",
            ]
        busy = ", ".join(
            f"{name} ({events[0]}, {len(events) - 1} events)" for name, events in self.activity.items()
        )
        return [*lines, f"host activity: other containers joined or left networks during {busy}"]

    def explain(self) -> list[tuple[str, list[str]]]:
        """For each failed claim: a heading and what the seed says, what was seen, how to check."""
        sections = []
        for claim_id in self.failed():
            record, known = self.claims[claim_id], registry.claims().get(claim_id)
            lines = [f"The claim: {known.text if known else claim_id}"]
            if known and known.seed:
                lines.append(f"The seed shows: {known.seed}")
            lines += [f"Verdict: {record.verdict}: {record.reason}", "What was seen:"]
            lines += [f"  {line}" for line in record.facts]
            lines.append(f"Check it by hand: {record.by_hand}")
            sections.append((f"{claim_id} explained", lines))
        return sections

    def save(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False))
        return path

    @classmethod
    def load(cls, path: Path) -> Summary:
        return _ADAPTER.validate_json(path.read_bytes())


_ADAPTER: TypeAdapter[Summary] = TypeAdapter(Summary)
