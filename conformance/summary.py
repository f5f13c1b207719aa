"""The summary of a run: one record per claim, as `summary.json` holds it and every reader reads it.

The plugin writes it; the terminal table, `--explain`, the upgrade diff and the reports read it
through these types, never as raw dicts.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import TypeAdapter

from conformance import i18n, registry
from conformance.model.engine import Observer
from conformance.profile import Profile
from conformance.verdict import Status, Verdict


@dataclass(frozen=True)
class ClaimRecord:
    claim: str
    verdict: Status  # its code; its words are display only (`Status.words`)
    passed: bool
    reason: str
    expected: str = ""
    observed: str = ""
    by_hand: str = ""
    facts: tuple[str, ...] = ()
    # the documented values (profile-backed facts): what an upgrade diff compares
    values: dict[str, str] = field(default_factory=dict)
    # the profile keys of the facts that failed, with what was observed: what causes key on
    failed_keys: dict[str, str] = field(default_factory=dict)
    reason_ko: str = ""  # the reason and the facts in Korean (`--lang ko`)
    facts_ko: tuple[str, ...] = ()
    needs: str = ""  # not applicable for want of this privilege (a capability): root could judge it

    def __post_init__(self) -> None:  # a record made from JSON holds the code as a string
        object.__setattr__(self, "verdict", Status(self.verdict))

    @classmethod
    def of(cls, verdict: Verdict) -> ClaimRecord:
        return cls(
            claim=verdict.claim,
            verdict=verdict.status,
            passed=verdict.passed,
            reason=verdict.reason,
            expected=verdict.expected_in(),
            observed=verdict.observed_in(),
            by_hand=verdict.by_hand,
            facts=tuple(fact.line() for fact in verdict.facts),
            values={f.what: repr(f.observed) for f in verdict.facts if f.key and not f.varies},
            failed_keys={f.key: repr(f.observed) for f in verdict.facts if f.key and not f.holds},
            reason_ko=verdict.reason_ko,
            facts_ko=tuple(fact.line("ko") for fact in verdict.facts),
            needs=verdict.needs,
        )

    def reason_in(self, lang: str = "en") -> str:
        return self.reason_ko or self.reason if lang == "ko" else self.reason

    def facts_in(self, lang: str = "en") -> tuple[str, ...]:
        return self.facts_ko if lang == "ko" and self.facts_ko else self.facts

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
    # the package (conformance/schemas/summary-N.schema.json, `conformance.schema`)
    schema_version: Literal[1] = 1
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
            return [*lines, i18n.word(lang, "quiet")]
        busy = ", ".join(
            f"{name} ({events[0]}, {len(events) - 1} events)" for name, events in self.activity.items()
        )
        return [*lines, i18n.word(lang, "busy", busy=busy)]

    def observer(self, lang: str = "en") -> list[str]:
        """Whether the run observed through the engine (and as whom), or the engine refused it."""
        user = self.engine.get("engine.user", "")
        if self.engine.get("engine.observed_by") == Observer.THROUGH:
            return [i18n.word(lang, "through", user=user, host=self.engine.get("engine.docker_host"))]
        if refused := self.engine.get("engine.refused"):
            return [i18n.word(lang, "refused", user=user, why=refused)]
        return []

    def unjudged(self, lang: str = "en") -> list[str]:
        """What this user's run could not judge, and, where root could, the one line to get it."""
        skipped = [c for c, r in self.claims.items() if not r.applicable]
        if not skipped:
            return []
        lines = [i18n.word(lang, "skipped", count=len(skipped), claims=", ".join(skipped))]
        if any(self.claims[c].needs for c in skipped):
            lines.append(i18n.word(lang, "the rest"))
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
                lines.append(i18n.word(lang, f"config {key}", items=joined))
        if expected := config.get("expected"):
            lines.append(
                i18n.word(
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
        return _ADAPTER.validate_json(path.read_bytes())


_ADAPTER: TypeAdapter[Summary] = TypeAdapter(Summary)
SCHEMA_VERSION = 1


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
