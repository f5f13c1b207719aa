"""Verdicts: what a judge concludes about one claim, with the facts that led there.

A judge collects facts (expected vs observed, each knowing the seed's own value) into a
`Judgement` and closes it into a `Verdict`. The status follows from the facts alone:

- every fact holds and every expectation is the documented one -> conforms
- every fact holds, some expectation is a host setting         -> deviates
- every fact holds, some is a documented change of the engine  -> documented
- a fact fails whose expectation came from a host setting      -> inconsistent
- a fact fails otherwise                                       -> fails
- the claim could not be judged here                           -> not-applicable
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from conformance.profile import Profile, documented
from conformance.words import BASELINES, LANGS, LINE_WORDS, REASONS, STATUS_WORDS, TOLD


class Status(StrEnum):
    """A verdict's code: what summary.json stores and every reader keys on. Its words, in each
    language, are display only (`Status.words`, `conformance.words.STATUS_WORDS`)."""

    CONFORMS = "conforms"
    DEVIATES = "deviates"
    DOCUMENTED = "documented"
    INCONSISTENT = "inconsistent"
    FAILS = "fails"
    NOT_APPLICABLE = "not-applicable"

    @property
    def passed(self) -> bool:
        return self in (Status.CONFORMS, Status.DEVIATES, Status.DOCUMENTED)

    def words(self, lang: str = "en") -> str:
        """The verdict as a reader sees it, in `lang`."""
        return STATUS_WORDS[lang][self.value]

    @classmethod
    def read(cls, stored: str) -> Status | None:
        """A verdict as a summary.json record stores it, or None where that is no verdict's code."""
        return cls(stored) if stored in cls._value2member_map_ else None


@dataclass(frozen=True)
class Fact:
    what: str
    expected: Any
    observed: Any
    holds: bool
    documented: Any = None  # the seed's value, when the expectation is not the seed's
    setting: str | None = None  # the host setting the expectation came from
    change: str | None = None  # the documented engine change the expectation came from
    key: str | None = None  # the profile key behind the expectation: a documented value
    varies: bool = False  # the observed value differs from run to run (names, pool allocation)
    what_ko: str = ""  # `what` in Korean (`--lang ko`)
    change_ko: str | None = None  # `change` in Korean
    # what `documented` is: the seed document's value (S-* claims), or the value Docker documents
    # today, which an older or another engine differs from (D-* claims): never "the seed" for those
    baseline: str = "seed"

    def baseline_word(self, lang: str = "en") -> str:
        return BASELINES[lang][self.baseline]

    def label(self, lang: str = "en") -> str:
        return self.what_ko if lang == "ko" and self.what_ko else self.what

    def line(self, lang: str = "en") -> str:
        expected, observed, default, setting, changed = LINE_WORDS[lang]
        mark = "ok " if self.holds else "BAD"
        text = f"[{mark}] {self.label(lang)}: {expected} {self.expected!r}, {observed} {self.observed!r}"
        if self.setting:
            text += f" ({default} {self.documented!r}; {setting}: {self.setting})"
        if self.change:
            source = self.change_ko or self.change if lang == "ko" else self.change
            text += f" ({self.baseline_word(lang)}: {self.documented!r}; {changed}: {source})"
        return text


@dataclass(frozen=True)
class Verdict:
    claim: str
    status: Status
    facts: tuple[Fact, ...]
    reason: str
    evidence: dict[str, str] = field(default_factory=dict)
    by_hand: str = ""  # the claim's by-hand command (from the registry, through its judgement)
    reason_ko: str = ""  # `reason` in Korean (`--lang ko`)
    needs: str = ""  # not applicable for want of this privilege (a capability): root could judge it

    @property
    def passed(self) -> bool:
        return self.status.passed

    def reason_in(self, lang: str = "en") -> str:
        return self.reason_ko if lang == "ko" and self.reason_ko else self.reason

    def expected_in(self, lang: str = "en") -> str:
        return "\n".join(f"{f.label(lang)}: {f.expected!r}" for f in self.facts)

    def observed_in(self, lang: str = "en") -> str:
        return "\n".join(f"{f.label(lang)}: {f.observed!r}" for f in self.facts)

    def message(self, lang: str = "en") -> str:
        """The failure's text: the verdict in words, each fact, the by-hand command."""
        by_hand = "직접 확인" if lang == "ko" else "by hand"
        lines = [f"{self.claim} {self.status.words(lang)}: {self.reason_in(lang)}"]
        lines += [f"  {fact.line(lang)}" for fact in self.facts]
        lines.append(f"  {by_hand}: {self.by_hand}")
        return "\n".join(lines)


def busy(activity: tuple[str, ...], attempts: int, lang: str = "en") -> str:
    """Others' activity, in words, for a verdict that could not judge something because of it."""
    shown = "; ".join(activity[:4])
    if lang == "ko":
        more = f"; 그 밖에 {len(activity) - 4}건" if len(activity) > 4 else ""
        return f"시도한 {attempts}번 모두 다른 컨테이너가 그동안 네트워크를 썼다 ({shown}{more})"
    more = f"; and {len(activity) - 4} more" if len(activity) > 4 else ""
    return f"other containers used the networks meanwhile, in each of {attempts} attempt(s) ({shown}{more})"


def _reason(lang: str, kind: str, facts: list[Fact], notes: list[str]) -> str:
    opening, each = REASONS[lang][kind]
    lines = [
        each.format(
            **{**vars(f), "what": f.label(lang), "change_ko": f.change_ko or f.change},
            told=TOLD[lang][f.baseline].format(f.documented),
        )
        for f in facts
    ]
    if kind == "documented":  # one line per documented change, whichever facts show it
        lines = sorted(set(lines))
    return opening + "; ".join(lines) + (" [" + "; ".join(notes) + "]" if notes else "")


SYS_ADMIN = "CAP_SYS_ADMIN"  # what entering a container's namespace, or making one, needs (root has it)


class Unobservable(Exception):
    """Raised by a judge that cannot see what its claim is about: its verdict is not-applicable.

    `Unobservable(why, ko, needs)`: the reason in English and in Korean, and the privilege whose
    lack kept it out of sight (a capability, such as "CAP_SYS_ADMIN"), when that is why."""

    def __init__(self, why: str, ko: str = "", needs: str = "") -> None:
        super().__init__(why)
        self.ko = ko or f"관찰할 수 없다: {why}"
        self.needs = needs


class Judgement:
    """Collects the facts for one claim against a profile, then closes into a Verdict.

    Every fact, note and reason is given in English and in Korean (`ko=`), as claims are."""

    def __init__(self, claim: str, profile: Profile, by_hand: str = "") -> None:
        self.claim, self.by_hand = claim, by_hand
        self.profile = profile
        self.facts: list[Fact] = []
        self.evidence: dict[str, str] = {}
        self.notes: list[tuple[str, str]] = []
        self.unjudged: list[tuple[str, str]] = []  # parts of the claim that could not be judged, and why

    def fact(self, what: str, expected: Any, observed: Any, holds: bool | None = None, *, ko: str) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(Fact(what, expected, observed, ok, what_ko=ko))
        return ok

    def expect(
        self,
        what: str,
        key: str,
        observed: Any,
        holds: bool | None = None,
        via: Callable[[Any], Any] | None = None,
        varies: bool = False,
        *,
        ko: str,
    ) -> bool:
        """A fact expected to equal profile key `key`, or `via(key's value)`, or `holds`."""
        derive = via or (lambda value: value)
        if why := self.profile.unjudged.get(key):  # its expectation could not be known: not judged
            self.cannot_judge(f"{what}: {why[0]}", ko=f"{ko}: {why[1]}")
            return True
        expected = derive(self.profile.value(key))
        ok = expected == observed if holds is None else holds
        setting, change = self.profile.settings.get(key), self.profile.changed.get(key)
        seed_value = derive(documented().value(key)) if setting or change else None
        change_ko = self.profile.changed_ko.get(key)
        fact = Fact(
            what, expected, observed, ok, seed_value, setting, change, key, varies, ko, change_ko,
            baseline="seed" if self.claim.startswith("S-") else "docs",
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def exactly(self, what: str, expected: Iterable[Any], observed: Iterable[Any], *, ko: str) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.

        Whatever else is present, and whatever is missing, is named in the verdict.
        """
        want, seen = sorted(set(expected), key=str), sorted(set(observed), key=str)
        extra = ", ".join(str(x) for x in seen if x not in want)
        missing = ", ".join(str(x) for x in want if x not in seen)
        self.differs(what, ko, extra, missing)
        return self.fact(what, tuple(want), tuple(seen), ko=ko)

    def differs(self, what: str, ko: str, extra: str, missing: str) -> None:
        """A note naming what is present beyond the expected set and what is missing from it."""
        if extra or missing:
            en = [f"also present {extra}" if extra else "", f"missing {missing}" if missing else ""]
            kr = [f"그 밖에 있는 것 {extra}" if extra else "", f"없는 것 {missing}" if missing else ""]
            self.note(f"{what}: " + "; ".join(p for p in en if p), f"{ko}: " + "; ".join(p for p in kr if p))

    def includes(self, what: str, key: str, observed: tuple[str, ...] | list[str], *, ko: str) -> bool:
        """A fact that everything in profile key `key` appears in `observed`."""
        return self.expect(what, key, tuple(observed), set(self.profile.value(key)) <= set(observed), ko=ko)

    def attach(self, name: str, text: str) -> None:
        self.evidence[name] = text

    def note(self, text: str, ko: str) -> None:
        self.notes.append((text, ko))

    def cannot_judge(self, why: str, ko: str) -> None:
        """A part of the claim could not be judged: unless another fact fails, the verdict says so."""
        self.unjudged.append((why, ko))

    def verdict(self) -> Verdict:
        failed = [f for f in self.facts if not f.holds]
        configured = [f for f in self.facts if f.setting]
        changed = [f for f in self.facts if f.change and f.observed != f.documented]
        if self.unjudged and not failed:  # part of the claim was not judged: never "conforms"
            why, why_ko = ("; ".join(part) for part in zip(*self.unjudged, strict=True))
            if self.facts:  # the part that was judged, and held
                why += f" (the rest was judged and holds: {', '.join(f.what for f in self.facts)})"
                why_ko += f" (나머지는 판정했고 맞다: {', '.join(f.label('ko') for f in self.facts)})"
            return self.not_applicable(why, why_ko)
        if not self.facts:
            status, shown = Status.FAILS, ("nothing", [])
        elif failed and any(f.setting for f in failed):
            status, shown = Status.INCONSISTENT, ("inconsistent", [f for f in failed if f.setting])
        elif failed:
            status, shown = Status.FAILS, ("fails", failed)
        elif configured:
            status, shown = Status.DEVIATES, ("deviates", configured)
        elif changed:
            status, shown = Status.DOCUMENTED, ("documented", changed)
        else:
            status, shown = Status.CONFORMS, ("conforms", [])
        reason, reason_ko = (
            _reason(lang, *shown, [note[i] for note in self.notes]) for i, lang in enumerate(LANGS)
        )
        facts, evidence = tuple(self.facts), dict(self.evidence)
        return Verdict(self.claim, status, facts, reason, evidence, self.by_hand, reason_ko)

    def not_applicable(self, why: str, why_ko: str = "", needs: str = "") -> Verdict:
        facts, evidence = tuple(self.facts), dict(self.evidence)
        ko = why_ko or f"판정할 수 없다: {why}"
        return Verdict(self.claim, Status.NOT_APPLICABLE, facts, why, evidence, self.by_hand, ko, needs)
