"""`--explain`, in either language: per failed claim, the claim, the seed's own words, what was
seen and how to check it by hand; then the likely causes. Rendered from a summary and the causes
found for it, apart from both (the summary holds data; `outputs.causes` finds causes)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docker_conformance.conformance import catalog
from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.summary import Summary
from docker_conformance.conformance.model import store
from docker_conformance.conformance.model.netns import NetnsView
from docker_conformance.conformance.outputs.causes import Cause, likely_causes


def explain(summary: Summary, lang: str = "en", causes: Sequence[Cause] = ()) -> list[tuple[str, list[str]]]:
    """For each failed claim: a heading and what the seed says, what was seen, how to check;
    then the likely causes the evidence points to."""
    sections = []
    for claim_id in summary.failed():
        record, known = summary.claims[claim_id], registry.claims().get(claim_id)
        lines = [catalog.word(lang, "claim", text=known.text_in(lang) if known else claim_id)]
        has_seed = known and known.seed
        lines.append(
            catalog.word(lang, "seed", seed=known.seed) if has_seed else catalog.word(lang, "no seed")
        )
        lines += [
            catalog.word(lang, "verdict", verdict=record.verdict.words(lang), reason=record.reason_in(lang)),
            catalog.word(lang, "seen"),
            *(f"  {line}" for line in record.facts_in(lang)),
            catalog.word(lang, "by hand", command=record.by_hand),
        ]
        sections.append((catalog.word(lang, "explained", claim=claim_id), lines))
    if (expected := summary.configuration.get("expected")) and summary.drift:
        sections.append((catalog.word(lang, "drift heading", file=expected[0]), list(summary.drift)))
    if sections:
        named = [catalog.word(lang, "cause", text=c.text(lang), evidence=c.proof(lang)) for c in causes]
        sections.append((catalog.word(lang, "causes"), named or [catalog.word(lang, "no cause")]))
    return sections


def observed_host(reports: Path) -> NetnsView | None:
    """The engine's namespace as the seed walk-through saw it (its routes), when it was observed."""
    try:
        return store.load(reports, "seed").before.host
    except (OSError, ValueError, KeyError):
        return None


def explained(reports: Path, lang: str = "en") -> list[tuple[str, list[str]]]:
    """`--explain` for a finished run's result set (its summary.json and observations)."""
    summary = Summary.load(reports / "summary.json")
    return explain(summary, lang, likely_causes(summary, observed_host(reports)))
