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
from typing import Any, Literal

from pydantic import JsonValue

from docker_conformance.conformance import catalog
from docker_conformance.conformance.core.profile import Profile, documented


class Status(StrEnum):
    """A verdict's code: what summary.json stores and every reader keys on. Its words, in each
    language, are display only (`Status.words`, from `catalog`)."""

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
        return catalog.status(self.value, lang)

    @classmethod
    def read(cls, stored: str) -> Status | None:
        """A verdict as a summary.json record stores it, or None where that is no verdict's code."""
        return cls(stored) if stored in cls._value2member_map_ else None


def as_json(value: Any) -> JsonValue:
    """`value` as JSON holds it: tuples and sets as lists (a set sorted), addresses and other
    objects as their text. What a fact's `expected` and `observed` are, never a Python repr."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((as_json(v) for v in value), key=str)
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    return str(value)


@dataclass(frozen=True)
class Fact:
    """One thing a claim judged: data, no words. Its label is the catalog's, keyed by `key` and
    filled in with `params` (`catalog`), in the reader's language."""

    key: str  # stable: the claim's own name for it, the catalog's key for its label
    expected: JsonValue
    observed: JsonValue
    holds: bool
    params: dict[str, JsonValue] = field(default_factory=dict)  # what the label names (a container)
    profile_key: str | None = None  # the profile key behind the expectation: a documented value
    documented: JsonValue = None  # the baseline's value, when the expectation is not the baseline's
    setting: str | None = None  # the host setting the expectation came from
    change: str | None = None  # the id of the documented engine change the expectation came from
    # what `documented` is: the seed document's value (S-* claims), or the value Docker documents
    # today, which an older or another engine differs from (D-* claims): never "the seed" for those
    baseline: Literal["seed", "docs"] = "seed"
    volatile: bool = False  # the observed value differs from run to run by design (names, MACs)

    @property
    def id(self) -> str:
        """The fact's identity within its claim: its key, with the values its label names."""
        named = ", ".join(f"{k}={v}" for k, v in sorted(self.params.items()))
        return f"{self.key}[{named}]" if named else self.key

    def label(self, lang: str = "en") -> str:
        return catalog.label(self, lang)

    def line(self, lang: str = "en") -> str:
        return catalog.line(self, lang)


@dataclass(frozen=True)
class Note:
    """A sentence a verdict carries, as data: the catalog's `code`, and the values it names."""

    code: str
    params: dict[str, JsonValue] = field(default_factory=dict)

    def words(self, lang: str = "en") -> str:
        return catalog.sentence(self.code, self.params, lang)


@dataclass(frozen=True)
class Verdict:
    claim: str
    status: Status
    facts: tuple[Fact, ...]
    notes: tuple[Note, ...] = ()  # what the judge remarked (the parts it left to the reader)
    unjudged: tuple[Note, ...] = ()  # why the claim, or a part of it, could not be judged here
    evidence: dict[str, str] = field(default_factory=dict)
    by_hand: str = ""  # the claim's by-hand command (from the registry, through its judgement)
    needs: str = ""  # not applicable for want of this privilege (a capability): root could judge it

    @property
    def passed(self) -> bool:
        return self.status.passed

    def reason_in(self, lang: str = "en") -> str:
        return catalog.reason(self.status, self.facts, self.notes, self.unjudged, lang)

    @property
    def reason(self) -> str:
        return self.reason_in()

    def message(self, lang: str = "en") -> str:
        """The failure's text: the verdict in words, each fact, the by-hand command."""
        return catalog.message(self, lang)


SYS_ADMIN = "CAP_SYS_ADMIN"  # what entering a container's namespace, or making one, needs (root has it)


def _known(table: str, key: str) -> str:
    """`key`, which the English catalog's `table` must have: a judge names only what can be shown."""
    if key not in catalog.words("en", table):
        raise KeyError(f"{key!r} is not in the catalog's {table} (conformance/catalog/en.py)")
    return key


class Unobservable(Exception):
    """Raised by a judge that cannot see what its claim is about: its verdict is not-applicable.

    `Unobservable(code, needs=..., **params)`: why, as the catalog's code and the values it names,
    and the privilege whose lack kept it out of sight (a capability, such as "CAP_SYS_ADMIN")."""

    def __init__(self, code: str, needs: str = "", **params: Any) -> None:
        super().__init__(code)
        self.note = Note(_known("NOTES", code), {k: as_json(v) for k, v in params.items()})
        self.needs = needs


class Judgement:
    """Collects the facts for one claim against a profile, then closes into a Verdict. A judge
    writes no words: each fact and note is a catalog key with the values it names."""

    def __init__(self, claim: str, profile: Profile, by_hand: str = "") -> None:
        self.claim, self.by_hand = claim, by_hand
        self.profile = profile
        self.facts: list[Fact] = []
        self.evidence: dict[str, str] = {}
        self.notes: list[Note] = []
        self.unjudged: list[Note] = []  # parts of the claim that could not be judged, and why

    def fact(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("FACTS", key),
                as_json(expected),
                as_json(observed),
                ok,
                _params(params),
                baseline=self.baseline,
            )
        )
        return ok

    def expect(
        self,
        key: str,
        profile_key: str,
        observed: Any,
        holds: bool | None = None,
        via: Callable[[Any], Any] | None = None,
        volatile: bool = False,
        **params: Any,
    ) -> bool:
        """A fact expected to equal profile key `profile_key`, or `via(its value)`, or `holds`."""
        derive = via or (lambda value: value)
        if why := self.profile.unjudged.get(profile_key):  # its expectation could not be known
            code, values = why
            self.cannot_judge("fact_not_judged", fact=key, named=params, why=code, **values)
            return True
        expected = derive(self.profile.value(profile_key))
        ok = expected == observed if holds is None else holds
        setting, change = self.profile.settings.get(profile_key), self.profile.changed.get(profile_key)
        seed_value = derive(documented().value(profile_key)) if setting or change else None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    @property
    def baseline(self) -> Literal["seed", "docs"]:
        """What a changed expectation is told against: the seed for S-* claims, Docker's documentation
        of its current behaviour for the rest."""
        return "seed" if self.claim.startswith("S-") else "docs"

    def exactly(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(expected), key=str), sorted(set(observed), key=str)
        return self.fact(key, want, seen, **params)

    def includes(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = set(self.profile.value(profile_key))
        return self.expect(key, profile_key, tuple(observed), wanted <= set(observed), **params)

    def attach(self, name: str, text: str) -> None:
        self.evidence[name] = text

    def note(self, code: str, **params: Any) -> None:
        self.notes.append(Note(_known("NOTES", code), _params(params)))

    def cannot_judge(self, code: str, **params: Any) -> None:
        """A part of the claim could not be judged: unless another fact fails, the verdict says so."""
        self.unjudged.append(Note(_known("NOTES", code), _params(params)))

    def verdict(self) -> Verdict:
        failed = [f for f in self.facts if not f.holds]
        if self.unjudged and not failed:  # part of the claim was not judged: never "conforms"
            return self.not_applicable()
        if not self.facts or failed:
            status = Status.INCONSISTENT if any(f.setting for f in failed) else Status.FAILS
        elif any(f.setting for f in self.facts):
            status = Status.DEVIATES
        elif any(f.change and f.observed != f.documented for f in self.facts):
            status = Status.DOCUMENTED
        else:
            status = Status.CONFORMS
        return self._close(status)

    def not_applicable(self, why: Note | None = None, needs: str = "") -> Verdict:
        if why:
            self.unjudged.insert(0, why)
        return self._close(Status.NOT_APPLICABLE, needs)

    def _close(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.facts), tuple(self.notes), tuple(self.unjudged),
            dict(self.evidence), self.by_hand, needs,
        )  # fmt: skip


def _params(params: dict[str, Any]) -> dict[str, JsonValue]:
    return {k: as_json(v) for k, v in params.items()}
