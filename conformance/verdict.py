"""Verdicts: what a judge concludes about one claim, with the facts that led there.

A judge collects facts (expected vs observed, each knowing the seed's own value) into a
`Judgement` and closes it into a `Verdict`. The status follows from the facts alone:

- every fact holds and every expectation is the seed's     -> conforms
- every fact holds, some expectation is a host setting     -> deviates from the documented default
- a fact fails whose expectation came from a host setting  -> is internally inconsistent
- a fact fails otherwise                                   -> fails
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from conformance.profile import Profile, documented


class Status(StrEnum):
    CONFORMS = "conforms"
    DEVIATES = "deviates from the documented default"
    DOCUMENTED = "differs from the seed as documented for this engine version"
    INCONSISTENT = "is internally inconsistent"
    FAILS = "fails"
    NOT_APPLICABLE = "not applicable"

    @property
    def passed(self) -> bool:
        return self in (Status.CONFORMS, Status.DEVIATES, Status.DOCUMENTED)


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

    def line(self) -> str:
        mark = "ok " if self.holds else "BAD"
        text = f"[{mark}] {self.what}: expected {self.expected!r}, observed {self.observed!r}"
        if self.setting:
            text += f" (documented default {self.documented!r}; host setting: {self.setting})"
        if self.change:
            text += f" (the seed: {self.documented!r}; changed: {self.change})"
        return text


@dataclass(frozen=True)
class Verdict:
    claim: str
    status: Status
    facts: tuple[Fact, ...]
    reason: str
    evidence: dict[str, str] = field(default_factory=dict)
    by_hand: str = ""  # the claim's by-hand command (from the registry, through its judgement)

    @property
    def passed(self) -> bool:
        return self.status.passed

    @property
    def expected(self) -> str:
        return "\n".join(f"{f.what}: {f.expected!r}" for f in self.facts)

    @property
    def observed(self) -> str:
        return "\n".join(f"{f.what}: {f.observed!r}" for f in self.facts)

    def message(self) -> str:
        lines = [f"{self.claim} {self.status}: {self.reason}"]
        lines += [f"  {fact.line()}" for fact in self.facts]
        lines.append(f"  by hand: {self.by_hand}")
        return "\n".join(lines)


def busy(activity: tuple[str, ...], attempts: int) -> str:
    """Others' activity, in words, for a verdict that could not judge something because of it."""
    shown = "; ".join(activity[:4]) + (f"; and {len(activity) - 4} more" if len(activity) > 4 else "")
    return f"other containers used the networks meanwhile, in each of {attempts} attempt(s) ({shown})"


class Unobservable(Exception):
    """Raised by a judge that cannot see what its claim is about: the verdict is "not applicable"."""


class Judgement:
    """Collects the facts for one claim against a profile, then closes into a Verdict."""

    def __init__(self, claim: str, profile: Profile, by_hand: str = "") -> None:
        self.claim, self.by_hand = claim, by_hand
        self.profile = profile
        self.facts: list[Fact] = []
        self.evidence: dict[str, str] = {}
        self.notes: list[str] = []
        self.unjudged: list[str] = []  # parts of the claim that could not be judged, and why

    def fact(self, what: str, expected: Any, observed: Any, holds: bool | None = None) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(Fact(what, expected, observed, ok))
        return ok

    def expect(
        self,
        what: str,
        key: str,
        observed: Any,
        holds: bool | None = None,
        via: Callable[[Any], Any] | None = None,
        varies: bool = False,
    ) -> bool:
        """A fact expected to equal profile key `key`, or `via(key's value)`, or `holds`."""
        derive = via or (lambda value: value)
        expected = derive(self.profile.value(key))
        ok = expected == observed if holds is None else holds
        setting, change = self.profile.settings.get(key), self.profile.changed.get(key)
        seed_value = derive(documented().value(key)) if setting or change else None
        self.facts.append(Fact(what, expected, observed, ok, seed_value, setting, change, key, varies))
        return ok

    def exactly(self, what: str, expected: Iterable[Any], observed: Iterable[Any]) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.

        Whatever else is present, and whatever is missing, is named in the verdict.
        """
        want, seen = sorted(set(expected), key=str), sorted(set(observed), key=str)
        extra = [x for x in seen if x not in want]
        missing = [x for x in want if x not in seen]
        if extra or missing:
            self.note(
                f"{what}: "
                + "; ".join(
                    part
                    for part in (
                        f"also present {', '.join(map(str, extra))}" if extra else "",
                        f"missing {', '.join(map(str, missing))}" if missing else "",
                    )
                    if part
                )
            )
        return self.fact(what, tuple(want), tuple(seen))

    def includes(self, what: str, key: str, observed: tuple[str, ...] | list[str]) -> bool:
        """A fact that everything in profile key `key` appears in `observed`."""
        return self.expect(what, key, tuple(observed), set(self.profile.value(key)) <= set(observed))

    def attach(self, name: str, text: str) -> None:
        self.evidence[name] = text

    def note(self, text: str) -> None:
        self.notes.append(text)

    def cannot_judge(self, why: str) -> None:
        """A part of the claim could not be judged: unless another fact fails, the verdict says so."""
        self.unjudged.append(why)

    def verdict(self) -> Verdict:
        failed = [f for f in self.facts if not f.holds]
        configured = [f for f in self.facts if f.setting]
        if self.unjudged and not failed:
            return self.not_applicable("; ".join(self.unjudged))
        if not self.facts:
            status, reason = Status.FAILS, "nothing was observed"
        elif failed and any(f.setting for f in failed):
            status = Status.INCONSISTENT
            reason = "the engine does not do what its own configuration says: " + "; ".join(
                f"{f.what} (configured by {f.setting})" for f in failed if f.setting
            )
        elif failed:
            status = Status.FAILS
            reason = "; ".join(f"{f.what}: expected {f.expected!r}, saw {f.observed!r}" for f in failed)
        elif configured:
            status = Status.DEVIATES
            reason = "as the host is configured: " + "; ".join(
                f"{f.what} {f.observed!r} instead of {f.documented!r} ({f.setting})" for f in configured
            )
        elif changed := [f for f in self.facts if f.change and f.observed != f.documented]:
            status = Status.DOCUMENTED
            reason = "; ".join(
                sorted(
                    {
                        f"{f.what}: {f.observed!r}, not the seed's {f.documented!r} ({f.change})"
                        for f in changed
                    }
                )
            )
        else:
            status, reason = Status.CONFORMS, "as documented"
        if self.notes:
            reason += " [" + "; ".join(self.notes) + "]"
        return Verdict(self.claim, status, tuple(self.facts), reason, dict(self.evidence), self.by_hand)

    def not_applicable(self, why: str) -> Verdict:
        facts, evidence = tuple(self.facts), dict(self.evidence)
        return Verdict(self.claim, Status.NOT_APPLICABLE, facts, why, evidence, self.by_hand)
