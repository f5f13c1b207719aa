"""The summary of a run: one record per claim, as `summary.json` holds it and every reader reads it.

The plugin writes it; the terminal table, `--explain`, the upgrade diff and the reports read it
through these types, never as raw dicts.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import JsonValue, TypeAdapter

from docker_conformance.conformance import catalog
from docker_conformance.conformance.catalog import terminal as i18n
from docker_conformance.conformance.core import registry, summary_v1
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Fact, Note, Status, Verdict
from docker_conformance.conformance.model.engine import Observer


@dataclass(frozen=True)
class ClaimRecord:
    """One claim's result, as data: its verdict's code, its facts (keys and JSON values) and the
    notes behind its reason (codes and values). Every word is drawn at display (`reason_in`)."""

    claim: str
    verdict: Status  # its code; its words are display only (`Status.words`)
    passed: bool
    facts: tuple[Fact, ...] = ()
    notes: tuple[Note, ...] = ()  # what the judge remarked
    unjudged: tuple[Note, ...] = ()  # why it, or a part of it, was not judged
    by_hand: str = ""
    needs: str = ""  # not applicable for want of this privilege (a capability): root could judge it

    def __post_init__(self) -> None:  # a record made from JSON holds the code as a string
        object.__setattr__(self, "verdict", Status(self.verdict))

    @classmethod
    def of(cls, verdict: Verdict) -> ClaimRecord:
        return cls(
            claim=verdict.claim,
            verdict=verdict.status,
            passed=verdict.passed,
            facts=verdict.facts,
            notes=verdict.notes,
            unjudged=verdict.unjudged,
            by_hand=verdict.by_hand,
            needs=verdict.needs,
        )

    def reason_in(self, lang: str = "en") -> str:
        return catalog.reason(self.verdict, self.facts, self.notes, self.unjudged, lang)

    @property
    def reason(self) -> str:
        return self.reason_in()

    def facts_in(self, lang: str = "en") -> tuple[str, ...]:
        return tuple(catalog.line(f, lang) for f in self.facts)

    def dumps(self) -> str:
        return _RECORD.dump_json(self).decode()

    @classmethod
    def loads(cls, text: str) -> ClaimRecord:
        return _RECORD.validate_json(text)

    @classmethod
    def read(cls, data: dict[str, Any]) -> ClaimRecord:
        """A record as summary.json (or a compact result) holds it."""
        return _RECORD.validate_python(data)

    @property
    def failed_keys(self) -> dict[str, JsonValue]:
        """The profile keys of the facts that failed, with what was observed: what causes key on."""
        return {f.profile_key: f.observed for f in self.facts if f.profile_key and not f.holds}

    @property
    def applicable(self) -> bool:
        return self.verdict != Status.NOT_APPLICABLE

    @property
    def failed(self) -> bool:
        return self.applicable and not self.passed


# the verdicts' column: as wide as the widest verdict's words in each language
WIDEST = {lang: max(i18n.width(status.words(lang)) for status in Status) for lang in i18n.LANGS}


def _fit(line: str, width: int) -> str:
    """`line` within `width`; where it must be cut, a source in parentheses goes whole, never in half
    (summary.json, --explain and the report keep every word)."""
    if len(line) <= width:
        return line
    cut = line[: width - 1]
    if (opening := cut.find(" (")) > width // 3:  # drop the source from its opening on
        return cut[:opening] + " (…)"
    space = cut.rfind(" ")
    return (cut[:space] if space > width // 2 else cut) + " …"


@dataclass(frozen=True)
class Summary:
    claims: dict[str, ClaimRecord]
    # the result set's format: a reader checks it against the schema of that version, shipped with
    # the package (conformance/core/schemas/summary-N.schema.json, `core.schema`)
    schema_version: Literal[2] = 2
    engine: dict[str, str] = field(default_factory=dict)
    profile: str | None = None
    run: str | None = None
    # scenario -> what other containers did on the engine's networks while it ran (busy ones only)
    activity: dict[str, list[str]] = field(default_factory=dict)
    lang: str = "en"  # the run's language (`--lang`): the HTML report's too
    # the engine's configuration (`--profile daemon`, `--expect-config`): "read", "unread",
    # "settings", "not judged", "conflicts", "expected" (the golden file) and "drift"
    configuration: dict[str, list[str]] = field(default_factory=dict)

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

    def table(self, lang: str = "en") -> list[str]:
        """The terminal table: one line a claim, what this user could not judge, how busy the host was."""
        lines = []
        for c, r in self.claims.items():
            known = registry.claims().get(c)
            what, reason = "", r.reason_in(lang)
            if lang == "ko":
                what = f"{known.text_ko} " if known else ""
            verdict = i18n.pad(r.verdict.words(lang), WIDEST[lang])
            lines.append(_fit(f"{c:<11} {verdict} {what}{reason}", 161))
        lines += self.observer(lang) + self.unjudged(lang) + self.configured(lang)
        if not self.activity:
            return [*lines, catalog.word(lang, "quiet")]
        busy = ", ".join(
            f"{name} ({events[0]}, {len(events) - 1} events)" for name, events in self.activity.items()
        )
        return [*lines, catalog.word(lang, "busy", busy=busy)]

    def observer(self, lang: str = "en") -> list[str]:
        """Whether the run observed through the engine (and as whom), or the engine refused it."""
        user = self.engine.get("engine.user", "")
        if self.engine.get("engine.observed_by") == Observer.THROUGH:
            return [catalog.word(lang, "through", user=user, host=self.engine.get("engine.docker_host"))]
        if refused := self.engine.get("engine.refused"):
            return [catalog.word(lang, "refused", user=user, why=refused)]
        return []

    def unjudged(self, lang: str = "en") -> list[str]:
        """What this user's run could not judge, and, where root could, the one line to get it."""
        skipped = [c for c, r in self.claims.items() if not r.applicable]
        if not skipped:
            return []
        lines = [catalog.word(lang, "skipped", count=len(skipped), claims=", ".join(skipped))]
        if any(self.claims[c].needs for c in skipped):
            lines.append(catalog.word(lang, "the rest"))
        return lines

    @property
    def drift(self) -> list[str]:
        return self.configuration.get("drift", [])

    def configured(self, lang: str = "en") -> list[str]:
        """The engine's configuration, where the run read one: what it could not read, the
        settings no claim reads, and the drift from the expected file, setting by setting."""
        config, lines = self.configuration, []
        for key in ("unread", "conflicts", "not judged"):
            if config.get(key):
                joined = (", " if key == "not judged" else "; ").join(config[key])
                lines.append(catalog.word(lang, f"config {key}", items=joined))
        if expected := config.get("expected"):
            lines.append(
                catalog.word(
                    lang, "drift" if self.drift else "no drift", file=expected[0], count=len(self.drift)
                )
            )
            lines += [f"  {line}" for line in self.drift]
        return lines

    def save(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False))
        return path

    @classmethod
    def load(cls, path: Path) -> Summary:
        """A result set of this version, or of version 1 (read as this one: `summary_v1`)."""
        return cls.read(json.loads(path.read_bytes()))

    @classmethod
    def read(cls, data: Any) -> Summary:
        return _ADAPTER.validate_python(summary_v1.current(data) if isinstance(data, dict) else data)


_ADAPTER: TypeAdapter[Summary] = TypeAdapter(Summary)
_RECORD: TypeAdapter[ClaimRecord] = TypeAdapter(ClaimRecord)
SCHEMA_VERSION = 2


def summary_schema() -> dict[str, Any]:
    """The JSON Schema of summary.json, from its types."""
    return _ADAPTER.json_schema(mode="serialization")


def configuration_record(profile: Profile) -> dict[str, list[str]]:
    """The configuration part of the summary (`Summary.configuration`)."""
    config = profile.configuration
    if config is None:
        return {}
    found = {
        "read": list(config.read),
        "unread": list(config.unread),
        "settings": [s.describe(name) for name, s in config.settings.items()],
        "not judged": list(profile.not_judged),
        "conflicts": list(config.conflicts),
    }
    if profile.expected_config:
        found |= {"expected": [profile.expected_config], "drift": list(profile.drift)}
    return {k: v for k, v in found.items() if v or k in ("expected", "drift")}
