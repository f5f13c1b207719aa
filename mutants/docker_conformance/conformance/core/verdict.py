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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁStatusǁwords__mutmut: MutantDict = {}  # type: ignore
mutants_xǁStatusǁread__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁStatusǁwords__mutmut)
    def words(self, lang: str = "en") -> str:
        """The verdict as a reader sees it, in `lang`."""
        return catalog.status(self.value, lang)

    def xǁStatusǁwords__mutmut_orig(self, lang: str = "en") -> str:
        """The verdict as a reader sees it, in `lang`."""
        return catalog.status(self.value, lang)

    def xǁStatusǁwords__mutmut_1(self, lang: str = "XXenXX") -> str:
        """The verdict as a reader sees it, in `lang`."""
        return catalog.status(self.value, lang)

    def xǁStatusǁwords__mutmut_2(self, lang: str = "EN") -> str:
        """The verdict as a reader sees it, in `lang`."""
        return catalog.status(self.value, lang)

    def xǁStatusǁwords__mutmut_3(self, lang: str = "en") -> str:
        """The verdict as a reader sees it, in `lang`."""
        return catalog.status(None, lang)

    def xǁStatusǁwords__mutmut_4(self, lang: str = "en") -> str:
        """The verdict as a reader sees it, in `lang`."""
        return catalog.status(self.value, None)

    def xǁStatusǁwords__mutmut_5(self, lang: str = "en") -> str:
        """The verdict as a reader sees it, in `lang`."""
        return catalog.status(lang)

    def xǁStatusǁwords__mutmut_6(self, lang: str = "en") -> str:
        """The verdict as a reader sees it, in `lang`."""
        return catalog.status(self.value, )

    @classmethod
    @_mutmut_mutated(mutants_xǁStatusǁread__mutmut, is_classmethod = True)
    def read(cls, stored: str) -> Status | None:
        """A verdict as a summary.json record stores it, or None where that is no verdict's code."""
        return cls(stored) if stored in cls._value2member_map_ else None

    @classmethod
    def xǁStatusǁread__mutmut_orig(cls, stored: str) -> Status | None:
        """A verdict as a summary.json record stores it, or None where that is no verdict's code."""
        return cls(stored) if stored in cls._value2member_map_ else None

    @classmethod
    def xǁStatusǁread__mutmut_1(cls, stored: str) -> Status | None:
        """A verdict as a summary.json record stores it, or None where that is no verdict's code."""
        return cls(stored) if (stored in cls._value2member_map_) and False else None

    @classmethod
    def xǁStatusǁread__mutmut_2(cls, stored: str) -> Status | None:
        """A verdict as a summary.json record stores it, or None where that is no verdict's code."""
        return cls(stored) if (stored in cls._value2member_map_) or True else None

    @classmethod
    def xǁStatusǁread__mutmut_3(cls, stored: str) -> Status | None:
        """A verdict as a summary.json record stores it, or None where that is no verdict's code."""
        return cls(None) if stored in cls._value2member_map_ else None

    @classmethod
    def xǁStatusǁread__mutmut_4(cls, stored: str) -> Status | None:
        """A verdict as a summary.json record stores it, or None where that is no verdict's code."""
        return cls(stored) if stored not in cls._value2member_map_ else None

mutants_xǁStatusǁwords__mutmut['_mutmut_orig'] = Status.xǁStatusǁwords__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStatusǁwords__mutmut['xǁStatusǁwords__mutmut_1'] = Status.xǁStatusǁwords__mutmut_1 # type: ignore # mutmut generated
mutants_xǁStatusǁwords__mutmut['xǁStatusǁwords__mutmut_2'] = Status.xǁStatusǁwords__mutmut_2 # type: ignore # mutmut generated
mutants_xǁStatusǁwords__mutmut['xǁStatusǁwords__mutmut_3'] = Status.xǁStatusǁwords__mutmut_3 # type: ignore # mutmut generated
mutants_xǁStatusǁwords__mutmut['xǁStatusǁwords__mutmut_4'] = Status.xǁStatusǁwords__mutmut_4 # type: ignore # mutmut generated
mutants_xǁStatusǁwords__mutmut['xǁStatusǁwords__mutmut_5'] = Status.xǁStatusǁwords__mutmut_5 # type: ignore # mutmut generated
mutants_xǁStatusǁwords__mutmut['xǁStatusǁwords__mutmut_6'] = Status.xǁStatusǁwords__mutmut_6 # type: ignore # mutmut generated

mutants_xǁStatusǁread__mutmut['_mutmut_orig'] = Status.xǁStatusǁread__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStatusǁread__mutmut['xǁStatusǁread__mutmut_1'] = Status.xǁStatusǁread__mutmut_1 # type: ignore # mutmut generated
mutants_xǁStatusǁread__mutmut['xǁStatusǁread__mutmut_2'] = Status.xǁStatusǁread__mutmut_2 # type: ignore # mutmut generated
mutants_xǁStatusǁread__mutmut['xǁStatusǁread__mutmut_3'] = Status.xǁStatusǁread__mutmut_3 # type: ignore # mutmut generated
mutants_xǁStatusǁread__mutmut['xǁStatusǁread__mutmut_4'] = Status.xǁStatusǁread__mutmut_4 # type: ignore # mutmut generated
mutants_x_as_json__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_as_json__mutmut)
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


def x_as_json__mutmut_orig(value: Any) -> JsonValue:
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


def x_as_json__mutmut_1(value: Any) -> JsonValue:
    """`value` as JSON holds it: tuples and sets as lists (a set sorted), addresses and other
    objects as their text. What a fact's `expected` and `observed` are, never a Python repr."""
    if value is None and isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((as_json(v) for v in value), key=str)
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    return str(value)


def x_as_json__mutmut_2(value: Any) -> JsonValue:
    """`value` as JSON holds it: tuples and sets as lists (a set sorted), addresses and other
    objects as their text. What a fact's `expected` and `observed` are, never a Python repr."""
    if value is not None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((as_json(v) for v in value), key=str)
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    return str(value)


def x_as_json__mutmut_3(value: Any) -> JsonValue:
    """`value` as JSON holds it: tuples and sets as lists (a set sorted), addresses and other
    objects as their text. What a fact's `expected` and `observed` are, never a Python repr."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(None): as_json(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((as_json(v) for v in value), key=str)
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    return str(value)


def x_as_json__mutmut_4(value: Any) -> JsonValue:
    """`value` as JSON holds it: tuples and sets as lists (a set sorted), addresses and other
    objects as their text. What a fact's `expected` and `observed` are, never a Python repr."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(k): as_json(None) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((as_json(v) for v in value), key=str)
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    return str(value)


def x_as_json__mutmut_5(value: Any) -> JsonValue:
    """`value` as JSON holds it: tuples and sets as lists (a set sorted), addresses and other
    objects as their text. What a fact's `expected` and `observed` are, never a Python repr."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted(None, key=str)
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    return str(value)


def x_as_json__mutmut_6(value: Any) -> JsonValue:
    """`value` as JSON holds it: tuples and sets as lists (a set sorted), addresses and other
    objects as their text. What a fact's `expected` and `observed` are, never a Python repr."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((as_json(v) for v in value), key=None)
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    return str(value)


def x_as_json__mutmut_7(value: Any) -> JsonValue:
    """`value` as JSON holds it: tuples and sets as lists (a set sorted), addresses and other
    objects as their text. What a fact's `expected` and `observed` are, never a Python repr."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted(key=str)
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    return str(value)


def x_as_json__mutmut_8(value: Any) -> JsonValue:
    """`value` as JSON holds it: tuples and sets as lists (a set sorted), addresses and other
    objects as their text. What a fact's `expected` and `observed` are, never a Python repr."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((as_json(v) for v in value), )
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    return str(value)


def x_as_json__mutmut_9(value: Any) -> JsonValue:
    """`value` as JSON holds it: tuples and sets as lists (a set sorted), addresses and other
    objects as their text. What a fact's `expected` and `observed` are, never a Python repr."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((as_json(None) for v in value), key=str)
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    return str(value)


def x_as_json__mutmut_10(value: Any) -> JsonValue:
    """`value` as JSON holds it: tuples and sets as lists (a set sorted), addresses and other
    objects as their text. What a fact's `expected` and `observed` are, never a Python repr."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((as_json(v) for v in value), key=str)
    if isinstance(value, list | tuple):
        return [as_json(None) for v in value]
    return str(value)


def x_as_json__mutmut_11(value: Any) -> JsonValue:
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
    return str(None)

mutants_x_as_json__mutmut['_mutmut_orig'] = x_as_json__mutmut_orig # type: ignore # mutmut generated
mutants_x_as_json__mutmut['x_as_json__mutmut_1'] = x_as_json__mutmut_1 # type: ignore # mutmut generated
mutants_x_as_json__mutmut['x_as_json__mutmut_2'] = x_as_json__mutmut_2 # type: ignore # mutmut generated
mutants_x_as_json__mutmut['x_as_json__mutmut_3'] = x_as_json__mutmut_3 # type: ignore # mutmut generated
mutants_x_as_json__mutmut['x_as_json__mutmut_4'] = x_as_json__mutmut_4 # type: ignore # mutmut generated
mutants_x_as_json__mutmut['x_as_json__mutmut_5'] = x_as_json__mutmut_5 # type: ignore # mutmut generated
mutants_x_as_json__mutmut['x_as_json__mutmut_6'] = x_as_json__mutmut_6 # type: ignore # mutmut generated
mutants_x_as_json__mutmut['x_as_json__mutmut_7'] = x_as_json__mutmut_7 # type: ignore # mutmut generated
mutants_x_as_json__mutmut['x_as_json__mutmut_8'] = x_as_json__mutmut_8 # type: ignore # mutmut generated
mutants_x_as_json__mutmut['x_as_json__mutmut_9'] = x_as_json__mutmut_9 # type: ignore # mutmut generated
mutants_x_as_json__mutmut['x_as_json__mutmut_10'] = x_as_json__mutmut_10 # type: ignore # mutmut generated
mutants_x_as_json__mutmut['x_as_json__mutmut_11'] = x_as_json__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFactǁlabel__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFactǁline__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁFactǁlabel__mutmut)
    def label(self, lang: str = "en") -> str:
        return catalog.label(self, lang)

    def xǁFactǁlabel__mutmut_orig(self, lang: str = "en") -> str:
        return catalog.label(self, lang)

    def xǁFactǁlabel__mutmut_1(self, lang: str = "XXenXX") -> str:
        return catalog.label(self, lang)

    def xǁFactǁlabel__mutmut_2(self, lang: str = "EN") -> str:
        return catalog.label(self, lang)

    def xǁFactǁlabel__mutmut_3(self, lang: str = "en") -> str:
        return catalog.label(None, lang)

    def xǁFactǁlabel__mutmut_4(self, lang: str = "en") -> str:
        return catalog.label(self, None)

    def xǁFactǁlabel__mutmut_5(self, lang: str = "en") -> str:
        return catalog.label(lang)

    def xǁFactǁlabel__mutmut_6(self, lang: str = "en") -> str:
        return catalog.label(self, )

    @_mutmut_mutated(mutants_xǁFactǁline__mutmut)
    def line(self, lang: str = "en") -> str:
        return catalog.line(self, lang)

    def xǁFactǁline__mutmut_orig(self, lang: str = "en") -> str:
        return catalog.line(self, lang)

    def xǁFactǁline__mutmut_1(self, lang: str = "XXenXX") -> str:
        return catalog.line(self, lang)

    def xǁFactǁline__mutmut_2(self, lang: str = "EN") -> str:
        return catalog.line(self, lang)

    def xǁFactǁline__mutmut_3(self, lang: str = "en") -> str:
        return catalog.line(None, lang)

    def xǁFactǁline__mutmut_4(self, lang: str = "en") -> str:
        return catalog.line(self, None)

    def xǁFactǁline__mutmut_5(self, lang: str = "en") -> str:
        return catalog.line(lang)

    def xǁFactǁline__mutmut_6(self, lang: str = "en") -> str:
        return catalog.line(self, )

mutants_xǁFactǁlabel__mutmut['_mutmut_orig'] = Fact.xǁFactǁlabel__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFactǁlabel__mutmut['xǁFactǁlabel__mutmut_1'] = Fact.xǁFactǁlabel__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFactǁlabel__mutmut['xǁFactǁlabel__mutmut_2'] = Fact.xǁFactǁlabel__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFactǁlabel__mutmut['xǁFactǁlabel__mutmut_3'] = Fact.xǁFactǁlabel__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFactǁlabel__mutmut['xǁFactǁlabel__mutmut_4'] = Fact.xǁFactǁlabel__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFactǁlabel__mutmut['xǁFactǁlabel__mutmut_5'] = Fact.xǁFactǁlabel__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFactǁlabel__mutmut['xǁFactǁlabel__mutmut_6'] = Fact.xǁFactǁlabel__mutmut_6 # type: ignore # mutmut generated

mutants_xǁFactǁline__mutmut['_mutmut_orig'] = Fact.xǁFactǁline__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFactǁline__mutmut['xǁFactǁline__mutmut_1'] = Fact.xǁFactǁline__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFactǁline__mutmut['xǁFactǁline__mutmut_2'] = Fact.xǁFactǁline__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFactǁline__mutmut['xǁFactǁline__mutmut_3'] = Fact.xǁFactǁline__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFactǁline__mutmut['xǁFactǁline__mutmut_4'] = Fact.xǁFactǁline__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFactǁline__mutmut['xǁFactǁline__mutmut_5'] = Fact.xǁFactǁline__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFactǁline__mutmut['xǁFactǁline__mutmut_6'] = Fact.xǁFactǁline__mutmut_6 # type: ignore # mutmut generated
mutants_xǁNoteǁwords__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Note:
    """A sentence a verdict carries, as data: the catalog's `code`, and the values it names."""

    code: str
    params: dict[str, JsonValue] = field(default_factory=dict)

    @_mutmut_mutated(mutants_xǁNoteǁwords__mutmut)
    def words(self, lang: str = "en") -> str:
        return catalog.sentence(self.code, self.params, lang)

    def xǁNoteǁwords__mutmut_orig(self, lang: str = "en") -> str:
        return catalog.sentence(self.code, self.params, lang)

    def xǁNoteǁwords__mutmut_1(self, lang: str = "XXenXX") -> str:
        return catalog.sentence(self.code, self.params, lang)

    def xǁNoteǁwords__mutmut_2(self, lang: str = "EN") -> str:
        return catalog.sentence(self.code, self.params, lang)

    def xǁNoteǁwords__mutmut_3(self, lang: str = "en") -> str:
        return catalog.sentence(None, self.params, lang)

    def xǁNoteǁwords__mutmut_4(self, lang: str = "en") -> str:
        return catalog.sentence(self.code, None, lang)

    def xǁNoteǁwords__mutmut_5(self, lang: str = "en") -> str:
        return catalog.sentence(self.code, self.params, None)

    def xǁNoteǁwords__mutmut_6(self, lang: str = "en") -> str:
        return catalog.sentence(self.params, lang)

    def xǁNoteǁwords__mutmut_7(self, lang: str = "en") -> str:
        return catalog.sentence(self.code, lang)

    def xǁNoteǁwords__mutmut_8(self, lang: str = "en") -> str:
        return catalog.sentence(self.code, self.params, )

mutants_xǁNoteǁwords__mutmut['_mutmut_orig'] = Note.xǁNoteǁwords__mutmut_orig # type: ignore # mutmut generated
mutants_xǁNoteǁwords__mutmut['xǁNoteǁwords__mutmut_1'] = Note.xǁNoteǁwords__mutmut_1 # type: ignore # mutmut generated
mutants_xǁNoteǁwords__mutmut['xǁNoteǁwords__mutmut_2'] = Note.xǁNoteǁwords__mutmut_2 # type: ignore # mutmut generated
mutants_xǁNoteǁwords__mutmut['xǁNoteǁwords__mutmut_3'] = Note.xǁNoteǁwords__mutmut_3 # type: ignore # mutmut generated
mutants_xǁNoteǁwords__mutmut['xǁNoteǁwords__mutmut_4'] = Note.xǁNoteǁwords__mutmut_4 # type: ignore # mutmut generated
mutants_xǁNoteǁwords__mutmut['xǁNoteǁwords__mutmut_5'] = Note.xǁNoteǁwords__mutmut_5 # type: ignore # mutmut generated
mutants_xǁNoteǁwords__mutmut['xǁNoteǁwords__mutmut_6'] = Note.xǁNoteǁwords__mutmut_6 # type: ignore # mutmut generated
mutants_xǁNoteǁwords__mutmut['xǁNoteǁwords__mutmut_7'] = Note.xǁNoteǁwords__mutmut_7 # type: ignore # mutmut generated
mutants_xǁNoteǁwords__mutmut['xǁNoteǁwords__mutmut_8'] = Note.xǁNoteǁwords__mutmut_8 # type: ignore # mutmut generated
mutants_xǁVerdictǁreason_in__mutmut: MutantDict = {}  # type: ignore
mutants_xǁVerdictǁmessage__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁVerdictǁreason_in__mutmut)
    def reason_in(self, lang: str = "en") -> str:
        return catalog.reason(self.status, self.facts, self.notes, self.unjudged, lang)

    def xǁVerdictǁreason_in__mutmut_orig(self, lang: str = "en") -> str:
        return catalog.reason(self.status, self.facts, self.notes, self.unjudged, lang)

    def xǁVerdictǁreason_in__mutmut_1(self, lang: str = "XXenXX") -> str:
        return catalog.reason(self.status, self.facts, self.notes, self.unjudged, lang)

    def xǁVerdictǁreason_in__mutmut_2(self, lang: str = "EN") -> str:
        return catalog.reason(self.status, self.facts, self.notes, self.unjudged, lang)

    def xǁVerdictǁreason_in__mutmut_3(self, lang: str = "en") -> str:
        return catalog.reason(None, self.facts, self.notes, self.unjudged, lang)

    def xǁVerdictǁreason_in__mutmut_4(self, lang: str = "en") -> str:
        return catalog.reason(self.status, None, self.notes, self.unjudged, lang)

    def xǁVerdictǁreason_in__mutmut_5(self, lang: str = "en") -> str:
        return catalog.reason(self.status, self.facts, None, self.unjudged, lang)

    def xǁVerdictǁreason_in__mutmut_6(self, lang: str = "en") -> str:
        return catalog.reason(self.status, self.facts, self.notes, None, lang)

    def xǁVerdictǁreason_in__mutmut_7(self, lang: str = "en") -> str:
        return catalog.reason(self.status, self.facts, self.notes, self.unjudged, None)

    def xǁVerdictǁreason_in__mutmut_8(self, lang: str = "en") -> str:
        return catalog.reason(self.facts, self.notes, self.unjudged, lang)

    def xǁVerdictǁreason_in__mutmut_9(self, lang: str = "en") -> str:
        return catalog.reason(self.status, self.notes, self.unjudged, lang)

    def xǁVerdictǁreason_in__mutmut_10(self, lang: str = "en") -> str:
        return catalog.reason(self.status, self.facts, self.unjudged, lang)

    def xǁVerdictǁreason_in__mutmut_11(self, lang: str = "en") -> str:
        return catalog.reason(self.status, self.facts, self.notes, lang)

    def xǁVerdictǁreason_in__mutmut_12(self, lang: str = "en") -> str:
        return catalog.reason(self.status, self.facts, self.notes, self.unjudged, )

    @property
    def reason(self) -> str:
        return self.reason_in()

    @_mutmut_mutated(mutants_xǁVerdictǁmessage__mutmut)
    def message(self, lang: str = "en") -> str:
        """The failure's text: the verdict in words, each fact, the by-hand command."""
        return catalog.message(self, lang)

    def xǁVerdictǁmessage__mutmut_orig(self, lang: str = "en") -> str:
        """The failure's text: the verdict in words, each fact, the by-hand command."""
        return catalog.message(self, lang)

    def xǁVerdictǁmessage__mutmut_1(self, lang: str = "XXenXX") -> str:
        """The failure's text: the verdict in words, each fact, the by-hand command."""
        return catalog.message(self, lang)

    def xǁVerdictǁmessage__mutmut_2(self, lang: str = "EN") -> str:
        """The failure's text: the verdict in words, each fact, the by-hand command."""
        return catalog.message(self, lang)

    def xǁVerdictǁmessage__mutmut_3(self, lang: str = "en") -> str:
        """The failure's text: the verdict in words, each fact, the by-hand command."""
        return catalog.message(None, lang)

    def xǁVerdictǁmessage__mutmut_4(self, lang: str = "en") -> str:
        """The failure's text: the verdict in words, each fact, the by-hand command."""
        return catalog.message(self, None)

    def xǁVerdictǁmessage__mutmut_5(self, lang: str = "en") -> str:
        """The failure's text: the verdict in words, each fact, the by-hand command."""
        return catalog.message(lang)

    def xǁVerdictǁmessage__mutmut_6(self, lang: str = "en") -> str:
        """The failure's text: the verdict in words, each fact, the by-hand command."""
        return catalog.message(self, )

mutants_xǁVerdictǁreason_in__mutmut['_mutmut_orig'] = Verdict.xǁVerdictǁreason_in__mutmut_orig # type: ignore # mutmut generated
mutants_xǁVerdictǁreason_in__mutmut['xǁVerdictǁreason_in__mutmut_1'] = Verdict.xǁVerdictǁreason_in__mutmut_1 # type: ignore # mutmut generated
mutants_xǁVerdictǁreason_in__mutmut['xǁVerdictǁreason_in__mutmut_2'] = Verdict.xǁVerdictǁreason_in__mutmut_2 # type: ignore # mutmut generated
mutants_xǁVerdictǁreason_in__mutmut['xǁVerdictǁreason_in__mutmut_3'] = Verdict.xǁVerdictǁreason_in__mutmut_3 # type: ignore # mutmut generated
mutants_xǁVerdictǁreason_in__mutmut['xǁVerdictǁreason_in__mutmut_4'] = Verdict.xǁVerdictǁreason_in__mutmut_4 # type: ignore # mutmut generated
mutants_xǁVerdictǁreason_in__mutmut['xǁVerdictǁreason_in__mutmut_5'] = Verdict.xǁVerdictǁreason_in__mutmut_5 # type: ignore # mutmut generated
mutants_xǁVerdictǁreason_in__mutmut['xǁVerdictǁreason_in__mutmut_6'] = Verdict.xǁVerdictǁreason_in__mutmut_6 # type: ignore # mutmut generated
mutants_xǁVerdictǁreason_in__mutmut['xǁVerdictǁreason_in__mutmut_7'] = Verdict.xǁVerdictǁreason_in__mutmut_7 # type: ignore # mutmut generated
mutants_xǁVerdictǁreason_in__mutmut['xǁVerdictǁreason_in__mutmut_8'] = Verdict.xǁVerdictǁreason_in__mutmut_8 # type: ignore # mutmut generated
mutants_xǁVerdictǁreason_in__mutmut['xǁVerdictǁreason_in__mutmut_9'] = Verdict.xǁVerdictǁreason_in__mutmut_9 # type: ignore # mutmut generated
mutants_xǁVerdictǁreason_in__mutmut['xǁVerdictǁreason_in__mutmut_10'] = Verdict.xǁVerdictǁreason_in__mutmut_10 # type: ignore # mutmut generated
mutants_xǁVerdictǁreason_in__mutmut['xǁVerdictǁreason_in__mutmut_11'] = Verdict.xǁVerdictǁreason_in__mutmut_11 # type: ignore # mutmut generated
mutants_xǁVerdictǁreason_in__mutmut['xǁVerdictǁreason_in__mutmut_12'] = Verdict.xǁVerdictǁreason_in__mutmut_12 # type: ignore # mutmut generated

mutants_xǁVerdictǁmessage__mutmut['_mutmut_orig'] = Verdict.xǁVerdictǁmessage__mutmut_orig # type: ignore # mutmut generated
mutants_xǁVerdictǁmessage__mutmut['xǁVerdictǁmessage__mutmut_1'] = Verdict.xǁVerdictǁmessage__mutmut_1 # type: ignore # mutmut generated
mutants_xǁVerdictǁmessage__mutmut['xǁVerdictǁmessage__mutmut_2'] = Verdict.xǁVerdictǁmessage__mutmut_2 # type: ignore # mutmut generated
mutants_xǁVerdictǁmessage__mutmut['xǁVerdictǁmessage__mutmut_3'] = Verdict.xǁVerdictǁmessage__mutmut_3 # type: ignore # mutmut generated
mutants_xǁVerdictǁmessage__mutmut['xǁVerdictǁmessage__mutmut_4'] = Verdict.xǁVerdictǁmessage__mutmut_4 # type: ignore # mutmut generated
mutants_xǁVerdictǁmessage__mutmut['xǁVerdictǁmessage__mutmut_5'] = Verdict.xǁVerdictǁmessage__mutmut_5 # type: ignore # mutmut generated
mutants_xǁVerdictǁmessage__mutmut['xǁVerdictǁmessage__mutmut_6'] = Verdict.xǁVerdictǁmessage__mutmut_6 # type: ignore # mutmut generated


SYS_ADMIN = "CAP_SYS_ADMIN"  # what entering a container's namespace, or making one, needs (root has it)
mutants_x__known__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__known__mutmut)
def _known(table: str, key: str) -> str:
    """`key`, which the English catalog's `table` must have: a judge names only what can be shown."""
    if key not in catalog.words("en", table):
        raise KeyError(f"{key!r} is not in the catalog's {table} (conformance/catalog/en.py)")
    return key


def x__known__mutmut_orig(table: str, key: str) -> str:
    """`key`, which the English catalog's `table` must have: a judge names only what can be shown."""
    if key not in catalog.words("en", table):
        raise KeyError(f"{key!r} is not in the catalog's {table} (conformance/catalog/en.py)")
    return key


def x__known__mutmut_1(table: str, key: str) -> str:
    """`key`, which the English catalog's `table` must have: a judge names only what can be shown."""
    if key in catalog.words("en", table):
        raise KeyError(f"{key!r} is not in the catalog's {table} (conformance/catalog/en.py)")
    return key


def x__known__mutmut_2(table: str, key: str) -> str:
    """`key`, which the English catalog's `table` must have: a judge names only what can be shown."""
    if key not in catalog.words(None, table):
        raise KeyError(f"{key!r} is not in the catalog's {table} (conformance/catalog/en.py)")
    return key


def x__known__mutmut_3(table: str, key: str) -> str:
    """`key`, which the English catalog's `table` must have: a judge names only what can be shown."""
    if key not in catalog.words("en", None):
        raise KeyError(f"{key!r} is not in the catalog's {table} (conformance/catalog/en.py)")
    return key


def x__known__mutmut_4(table: str, key: str) -> str:
    """`key`, which the English catalog's `table` must have: a judge names only what can be shown."""
    if key not in catalog.words(table):
        raise KeyError(f"{key!r} is not in the catalog's {table} (conformance/catalog/en.py)")
    return key


def x__known__mutmut_5(table: str, key: str) -> str:
    """`key`, which the English catalog's `table` must have: a judge names only what can be shown."""
    if key not in catalog.words("en", ):
        raise KeyError(f"{key!r} is not in the catalog's {table} (conformance/catalog/en.py)")
    return key


def x__known__mutmut_6(table: str, key: str) -> str:
    """`key`, which the English catalog's `table` must have: a judge names only what can be shown."""
    if key not in catalog.words("XXenXX", table):
        raise KeyError(f"{key!r} is not in the catalog's {table} (conformance/catalog/en.py)")
    return key


def x__known__mutmut_7(table: str, key: str) -> str:
    """`key`, which the English catalog's `table` must have: a judge names only what can be shown."""
    if key not in catalog.words("EN", table):
        raise KeyError(f"{key!r} is not in the catalog's {table} (conformance/catalog/en.py)")
    return key


def x__known__mutmut_8(table: str, key: str) -> str:
    """`key`, which the English catalog's `table` must have: a judge names only what can be shown."""
    if key not in catalog.words("en", table):
        raise KeyError(None)
    return key

mutants_x__known__mutmut['_mutmut_orig'] = x__known__mutmut_orig # type: ignore # mutmut generated
mutants_x__known__mutmut['x__known__mutmut_1'] = x__known__mutmut_1 # type: ignore # mutmut generated
mutants_x__known__mutmut['x__known__mutmut_2'] = x__known__mutmut_2 # type: ignore # mutmut generated
mutants_x__known__mutmut['x__known__mutmut_3'] = x__known__mutmut_3 # type: ignore # mutmut generated
mutants_x__known__mutmut['x__known__mutmut_4'] = x__known__mutmut_4 # type: ignore # mutmut generated
mutants_x__known__mutmut['x__known__mutmut_5'] = x__known__mutmut_5 # type: ignore # mutmut generated
mutants_x__known__mutmut['x__known__mutmut_6'] = x__known__mutmut_6 # type: ignore # mutmut generated
mutants_x__known__mutmut['x__known__mutmut_7'] = x__known__mutmut_7 # type: ignore # mutmut generated
mutants_x__known__mutmut['x__known__mutmut_8'] = x__known__mutmut_8 # type: ignore # mutmut generated
mutants_xǁUnobservableǁ__init____mutmut: MutantDict = {}  # type: ignore


class Unobservable(Exception):
    """Raised by a judge that cannot see what its claim is about: its verdict is not-applicable.

    `Unobservable(code, needs=..., **params)`: why, as the catalog's code and the values it names,
    and the privilege whose lack kept it out of sight (a capability, such as "CAP_SYS_ADMIN")."""

    @_mutmut_mutated(mutants_xǁUnobservableǁ__init____mutmut)
    def __init__(self, code: str, needs: str = "", **params: Any) -> None:
        super().__init__(code)
        self.note = Note(_known("NOTES", code), {k: as_json(v) for k, v in params.items()})
        self.needs = needs

    def xǁUnobservableǁ__init____mutmut_orig(self, code: str, needs: str = "", **params: Any) -> None:
        super().__init__(code)
        self.note = Note(_known("NOTES", code), {k: as_json(v) for k, v in params.items()})
        self.needs = needs

    def xǁUnobservableǁ__init____mutmut_1(self, code: str, needs: str = "XXXX", **params: Any) -> None:
        super().__init__(code)
        self.note = Note(_known("NOTES", code), {k: as_json(v) for k, v in params.items()})
        self.needs = needs

    def xǁUnobservableǁ__init____mutmut_2(self, code: str, needs: str = "", **params: Any) -> None:
        super().__init__(None)
        self.note = Note(_known("NOTES", code), {k: as_json(v) for k, v in params.items()})
        self.needs = needs

    def xǁUnobservableǁ__init____mutmut_3(self, code: str, needs: str = "", **params: Any) -> None:
        super().__init__(code)
        self.note = None
        self.needs = needs

    def xǁUnobservableǁ__init____mutmut_4(self, code: str, needs: str = "", **params: Any) -> None:
        super().__init__(code)
        self.note = Note(None, {k: as_json(v) for k, v in params.items()})
        self.needs = needs

    def xǁUnobservableǁ__init____mutmut_5(self, code: str, needs: str = "", **params: Any) -> None:
        super().__init__(code)
        self.note = Note(_known("NOTES", code), None)
        self.needs = needs

    def xǁUnobservableǁ__init____mutmut_6(self, code: str, needs: str = "", **params: Any) -> None:
        super().__init__(code)
        self.note = Note({k: as_json(v) for k, v in params.items()})
        self.needs = needs

    def xǁUnobservableǁ__init____mutmut_7(self, code: str, needs: str = "", **params: Any) -> None:
        super().__init__(code)
        self.note = Note(_known("NOTES", code), )
        self.needs = needs

    def xǁUnobservableǁ__init____mutmut_8(self, code: str, needs: str = "", **params: Any) -> None:
        super().__init__(code)
        self.note = Note(_known(None, code), {k: as_json(v) for k, v in params.items()})
        self.needs = needs

    def xǁUnobservableǁ__init____mutmut_9(self, code: str, needs: str = "", **params: Any) -> None:
        super().__init__(code)
        self.note = Note(_known("NOTES", None), {k: as_json(v) for k, v in params.items()})
        self.needs = needs

    def xǁUnobservableǁ__init____mutmut_10(self, code: str, needs: str = "", **params: Any) -> None:
        super().__init__(code)
        self.note = Note(_known(code), {k: as_json(v) for k, v in params.items()})
        self.needs = needs

    def xǁUnobservableǁ__init____mutmut_11(self, code: str, needs: str = "", **params: Any) -> None:
        super().__init__(code)
        self.note = Note(_known("NOTES", ), {k: as_json(v) for k, v in params.items()})
        self.needs = needs

    def xǁUnobservableǁ__init____mutmut_12(self, code: str, needs: str = "", **params: Any) -> None:
        super().__init__(code)
        self.note = Note(_known("XXNOTESXX", code), {k: as_json(v) for k, v in params.items()})
        self.needs = needs

    def xǁUnobservableǁ__init____mutmut_13(self, code: str, needs: str = "", **params: Any) -> None:
        super().__init__(code)
        self.note = Note(_known("notes", code), {k: as_json(v) for k, v in params.items()})
        self.needs = needs

    def xǁUnobservableǁ__init____mutmut_14(self, code: str, needs: str = "", **params: Any) -> None:
        super().__init__(code)
        self.note = Note(_known("NOTES", code), {k: as_json(None) for k, v in params.items()})
        self.needs = needs

    def xǁUnobservableǁ__init____mutmut_15(self, code: str, needs: str = "", **params: Any) -> None:
        super().__init__(code)
        self.note = Note(_known("NOTES", code), {k: as_json(v) for k, v in params.items()})
        self.needs = None

mutants_xǁUnobservableǁ__init____mutmut['_mutmut_orig'] = Unobservable.xǁUnobservableǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁUnobservableǁ__init____mutmut['xǁUnobservableǁ__init____mutmut_1'] = Unobservable.xǁUnobservableǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁUnobservableǁ__init____mutmut['xǁUnobservableǁ__init____mutmut_2'] = Unobservable.xǁUnobservableǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁUnobservableǁ__init____mutmut['xǁUnobservableǁ__init____mutmut_3'] = Unobservable.xǁUnobservableǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁUnobservableǁ__init____mutmut['xǁUnobservableǁ__init____mutmut_4'] = Unobservable.xǁUnobservableǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁUnobservableǁ__init____mutmut['xǁUnobservableǁ__init____mutmut_5'] = Unobservable.xǁUnobservableǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁUnobservableǁ__init____mutmut['xǁUnobservableǁ__init____mutmut_6'] = Unobservable.xǁUnobservableǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁUnobservableǁ__init____mutmut['xǁUnobservableǁ__init____mutmut_7'] = Unobservable.xǁUnobservableǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁUnobservableǁ__init____mutmut['xǁUnobservableǁ__init____mutmut_8'] = Unobservable.xǁUnobservableǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁUnobservableǁ__init____mutmut['xǁUnobservableǁ__init____mutmut_9'] = Unobservable.xǁUnobservableǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁUnobservableǁ__init____mutmut['xǁUnobservableǁ__init____mutmut_10'] = Unobservable.xǁUnobservableǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁUnobservableǁ__init____mutmut['xǁUnobservableǁ__init____mutmut_11'] = Unobservable.xǁUnobservableǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁUnobservableǁ__init____mutmut['xǁUnobservableǁ__init____mutmut_12'] = Unobservable.xǁUnobservableǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁUnobservableǁ__init____mutmut['xǁUnobservableǁ__init____mutmut_13'] = Unobservable.xǁUnobservableǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁUnobservableǁ__init____mutmut['xǁUnobservableǁ__init____mutmut_14'] = Unobservable.xǁUnobservableǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁUnobservableǁ__init____mutmut['xǁUnobservableǁ__init____mutmut_15'] = Unobservable.xǁUnobservableǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁJudgementǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁJudgementǁfact__mutmut: MutantDict = {}  # type: ignore
mutants_xǁJudgementǁexpect__mutmut: MutantDict = {}  # type: ignore
mutants_xǁJudgementǁexactly__mutmut: MutantDict = {}  # type: ignore
mutants_xǁJudgementǁincludes__mutmut: MutantDict = {}  # type: ignore
mutants_xǁJudgementǁattach__mutmut: MutantDict = {}  # type: ignore
mutants_xǁJudgementǁnote__mutmut: MutantDict = {}  # type: ignore
mutants_xǁJudgementǁcannot_judge__mutmut: MutantDict = {}  # type: ignore
mutants_xǁJudgementǁverdict__mutmut: MutantDict = {}  # type: ignore
mutants_xǁJudgementǁnot_applicable__mutmut: MutantDict = {}  # type: ignore
mutants_xǁJudgementǁ_close__mutmut: MutantDict = {}  # type: ignore


class Judgement:
    """Collects the facts for one claim against a profile, then closes into a Verdict. A judge
    writes no words: each fact and note is a catalog key with the values it names."""

    @_mutmut_mutated(mutants_xǁJudgementǁ__init____mutmut)
    def __init__(self, claim: str, profile: Profile, by_hand: str = "") -> None:
        self.claim, self.by_hand = claim, by_hand
        self.profile = profile
        self.facts: list[Fact] = []
        self.evidence: dict[str, str] = {}
        self.notes: list[Note] = []
        self.unjudged: list[Note] = []  # parts of the claim that could not be judged, and why

    def xǁJudgementǁ__init____mutmut_orig(self, claim: str, profile: Profile, by_hand: str = "") -> None:
        self.claim, self.by_hand = claim, by_hand
        self.profile = profile
        self.facts: list[Fact] = []
        self.evidence: dict[str, str] = {}
        self.notes: list[Note] = []
        self.unjudged: list[Note] = []  # parts of the claim that could not be judged, and why

    def xǁJudgementǁ__init____mutmut_1(self, claim: str, profile: Profile, by_hand: str = "XXXX") -> None:
        self.claim, self.by_hand = claim, by_hand
        self.profile = profile
        self.facts: list[Fact] = []
        self.evidence: dict[str, str] = {}
        self.notes: list[Note] = []
        self.unjudged: list[Note] = []  # parts of the claim that could not be judged, and why

    def xǁJudgementǁ__init____mutmut_2(self, claim: str, profile: Profile, by_hand: str = "") -> None:
        self.claim, self.by_hand = None
        self.profile = profile
        self.facts: list[Fact] = []
        self.evidence: dict[str, str] = {}
        self.notes: list[Note] = []
        self.unjudged: list[Note] = []  # parts of the claim that could not be judged, and why

    def xǁJudgementǁ__init____mutmut_3(self, claim: str, profile: Profile, by_hand: str = "") -> None:
        self.claim, self.by_hand = claim, by_hand
        self.profile = None
        self.facts: list[Fact] = []
        self.evidence: dict[str, str] = {}
        self.notes: list[Note] = []
        self.unjudged: list[Note] = []  # parts of the claim that could not be judged, and why

    def xǁJudgementǁ__init____mutmut_4(self, claim: str, profile: Profile, by_hand: str = "") -> None:
        self.claim, self.by_hand = claim, by_hand
        self.profile = profile
        self.facts: list[Fact] = None
        self.evidence: dict[str, str] = {}
        self.notes: list[Note] = []
        self.unjudged: list[Note] = []  # parts of the claim that could not be judged, and why

    def xǁJudgementǁ__init____mutmut_5(self, claim: str, profile: Profile, by_hand: str = "") -> None:
        self.claim, self.by_hand = claim, by_hand
        self.profile = profile
        self.facts: list[Fact] = []
        self.evidence: dict[str, str] = None
        self.notes: list[Note] = []
        self.unjudged: list[Note] = []  # parts of the claim that could not be judged, and why

    def xǁJudgementǁ__init____mutmut_6(self, claim: str, profile: Profile, by_hand: str = "") -> None:
        self.claim, self.by_hand = claim, by_hand
        self.profile = profile
        self.facts: list[Fact] = []
        self.evidence: dict[str, str] = {}
        self.notes: list[Note] = None
        self.unjudged: list[Note] = []  # parts of the claim that could not be judged, and why

    def xǁJudgementǁ__init____mutmut_7(self, claim: str, profile: Profile, by_hand: str = "") -> None:
        self.claim, self.by_hand = claim, by_hand
        self.profile = profile
        self.facts: list[Fact] = []
        self.evidence: dict[str, str] = {}
        self.notes: list[Note] = []
        self.unjudged: list[Note] = None  # parts of the claim that could not be judged, and why

    @_mutmut_mutated(mutants_xǁJudgementǁfact__mutmut)
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

    def xǁJudgementǁfact__mutmut_orig(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
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

    def xǁJudgementǁfact__mutmut_1(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = None
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

    def xǁJudgementǁfact__mutmut_2(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if (holds is None) and False else holds
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

    def xǁJudgementǁfact__mutmut_3(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if (holds is None) or True else holds
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

    def xǁJudgementǁfact__mutmut_4(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected != observed if holds is None else holds
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

    def xǁJudgementǁfact__mutmut_5(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is not None else holds
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

    def xǁJudgementǁfact__mutmut_6(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            None
        )
        return ok

    def xǁJudgementǁfact__mutmut_7(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                None,
                as_json(expected),
                as_json(observed),
                ok,
                _params(params),
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_8(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("FACTS", key),
                None,
                as_json(observed),
                ok,
                _params(params),
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_9(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("FACTS", key),
                as_json(expected),
                None,
                ok,
                _params(params),
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_10(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("FACTS", key),
                as_json(expected),
                as_json(observed),
                None,
                _params(params),
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_11(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("FACTS", key),
                as_json(expected),
                as_json(observed),
                ok,
                None,
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_12(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("FACTS", key),
                as_json(expected),
                as_json(observed),
                ok,
                _params(params),
                baseline=None,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_13(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                as_json(expected),
                as_json(observed),
                ok,
                _params(params),
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_14(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("FACTS", key),
                as_json(observed),
                ok,
                _params(params),
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_15(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("FACTS", key),
                as_json(expected),
                ok,
                _params(params),
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_16(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("FACTS", key),
                as_json(expected),
                as_json(observed),
                _params(params),
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_17(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("FACTS", key),
                as_json(expected),
                as_json(observed),
                ok,
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_18(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("FACTS", key),
                as_json(expected),
                as_json(observed),
                ok,
                _params(params),
                )
        )
        return ok

    def xǁJudgementǁfact__mutmut_19(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known(None, key),
                as_json(expected),
                as_json(observed),
                ok,
                _params(params),
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_20(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("FACTS", None),
                as_json(expected),
                as_json(observed),
                ok,
                _params(params),
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_21(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known(key),
                as_json(expected),
                as_json(observed),
                ok,
                _params(params),
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_22(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("FACTS", ),
                as_json(expected),
                as_json(observed),
                ok,
                _params(params),
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_23(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("XXFACTSXX", key),
                as_json(expected),
                as_json(observed),
                ok,
                _params(params),
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_24(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("facts", key),
                as_json(expected),
                as_json(observed),
                ok,
                _params(params),
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_25(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("FACTS", key),
                as_json(None),
                as_json(observed),
                ok,
                _params(params),
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_26(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("FACTS", key),
                as_json(expected),
                as_json(None),
                ok,
                _params(params),
                baseline=self.baseline,
            )
        )
        return ok

    def xǁJudgementǁfact__mutmut_27(self, key: str, expected: Any, observed: Any, holds: bool | None = None, **params: Any) -> bool:
        """A fact whose expectation is not a profile key (computed, or a rule)."""
        ok = expected == observed if holds is None else holds
        self.facts.append(
            Fact(
                _known("FACTS", key),
                as_json(expected),
                as_json(observed),
                ok,
                _params(None),
                baseline=self.baseline,
            )
        )
        return ok

    @_mutmut_mutated(mutants_xǁJudgementǁexpect__mutmut)
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

    def xǁJudgementǁexpect__mutmut_orig(
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

    def xǁJudgementǁexpect__mutmut_1(
        self,
        key: str,
        profile_key: str,
        observed: Any,
        holds: bool | None = None,
        via: Callable[[Any], Any] | None = None,
        volatile: bool = True,
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

    def xǁJudgementǁexpect__mutmut_2(
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
        derive = None
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

    def xǁJudgementǁexpect__mutmut_3(
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
        derive = via and (lambda value: value)
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

    def xǁJudgementǁexpect__mutmut_4(
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
        derive = via or (lambda value: None)
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

    def xǁJudgementǁexpect__mutmut_5(
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
        if why := self.profile.unjudged.get(None):  # its expectation could not be known
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

    def xǁJudgementǁexpect__mutmut_6(
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
            code, values = None
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

    def xǁJudgementǁexpect__mutmut_7(
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
            self.cannot_judge(None, fact=key, named=params, why=code, **values)
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

    def xǁJudgementǁexpect__mutmut_8(
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
            self.cannot_judge("fact_not_judged", fact=None, named=params, why=code, **values)
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

    def xǁJudgementǁexpect__mutmut_9(
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
            self.cannot_judge("fact_not_judged", fact=key, named=None, why=code, **values)
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

    def xǁJudgementǁexpect__mutmut_10(
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
            self.cannot_judge("fact_not_judged", fact=key, named=params, why=None, **values)
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

    def xǁJudgementǁexpect__mutmut_11(
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
            self.cannot_judge(fact=key, named=params, why=code, **values)
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

    def xǁJudgementǁexpect__mutmut_12(
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
            self.cannot_judge("fact_not_judged", named=params, why=code, **values)
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

    def xǁJudgementǁexpect__mutmut_13(
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
            self.cannot_judge("fact_not_judged", fact=key, why=code, **values)
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

    def xǁJudgementǁexpect__mutmut_14(
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
            self.cannot_judge("fact_not_judged", fact=key, named=params, **values)
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

    def xǁJudgementǁexpect__mutmut_15(
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
            self.cannot_judge("fact_not_judged", fact=key, named=params, why=code, )
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

    def xǁJudgementǁexpect__mutmut_16(
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
            self.cannot_judge("XXfact_not_judgedXX", fact=key, named=params, why=code, **values)
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

    def xǁJudgementǁexpect__mutmut_17(
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
            self.cannot_judge("FACT_NOT_JUDGED", fact=key, named=params, why=code, **values)
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

    def xǁJudgementǁexpect__mutmut_18(
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
            return False
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

    def xǁJudgementǁexpect__mutmut_19(
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
        expected = None
        ok = expected == observed if holds is None else holds
        setting, change = self.profile.settings.get(profile_key), self.profile.changed.get(profile_key)
        seed_value = derive(documented().value(profile_key)) if setting or change else None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_20(
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
        expected = derive(None)
        ok = expected == observed if holds is None else holds
        setting, change = self.profile.settings.get(profile_key), self.profile.changed.get(profile_key)
        seed_value = derive(documented().value(profile_key)) if setting or change else None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_21(
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
        expected = derive(self.profile.value(None))
        ok = expected == observed if holds is None else holds
        setting, change = self.profile.settings.get(profile_key), self.profile.changed.get(profile_key)
        seed_value = derive(documented().value(profile_key)) if setting or change else None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_22(
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
        ok = None
        setting, change = self.profile.settings.get(profile_key), self.profile.changed.get(profile_key)
        seed_value = derive(documented().value(profile_key)) if setting or change else None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_23(
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
        ok = expected == observed if (holds is None) and False else holds
        setting, change = self.profile.settings.get(profile_key), self.profile.changed.get(profile_key)
        seed_value = derive(documented().value(profile_key)) if setting or change else None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_24(
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
        ok = expected == observed if (holds is None) or True else holds
        setting, change = self.profile.settings.get(profile_key), self.profile.changed.get(profile_key)
        seed_value = derive(documented().value(profile_key)) if setting or change else None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_25(
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
        ok = expected != observed if holds is None else holds
        setting, change = self.profile.settings.get(profile_key), self.profile.changed.get(profile_key)
        seed_value = derive(documented().value(profile_key)) if setting or change else None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_26(
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
        ok = expected == observed if holds is not None else holds
        setting, change = self.profile.settings.get(profile_key), self.profile.changed.get(profile_key)
        seed_value = derive(documented().value(profile_key)) if setting or change else None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_27(
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
        setting, change = None
        seed_value = derive(documented().value(profile_key)) if setting or change else None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_28(
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
        setting, change = self.profile.settings.get(None), self.profile.changed.get(profile_key)
        seed_value = derive(documented().value(profile_key)) if setting or change else None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_29(
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
        setting, change = self.profile.settings.get(profile_key), self.profile.changed.get(None)
        seed_value = derive(documented().value(profile_key)) if setting or change else None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_30(
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
        seed_value = None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_31(
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
        seed_value = derive(documented().value(profile_key)) if (setting or change) and False else None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_32(
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
        seed_value = derive(documented().value(profile_key)) if (setting or change) or True else None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_33(
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
        seed_value = derive(None) if setting or change else None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_34(
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
        seed_value = derive(documented().value(None)) if setting or change else None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_35(
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
        seed_value = derive(documented().value(profile_key)) if setting and change else None
        fact = Fact(
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_36(
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
        fact = None  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_37(
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
            None, as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_38(
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
            _known("FACTS", key), None, as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_39(
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
            _known("FACTS", key), as_json(expected), None, ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_40(
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
            _known("FACTS", key), as_json(expected), as_json(observed), None, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_41(
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
            _known("FACTS", key), as_json(expected), as_json(observed), ok, None, profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_42(
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
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), None,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_43(
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
            None, setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_44(
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
            as_json(seed_value), None, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_45(
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
            as_json(seed_value), setting, None, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_46(
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
            as_json(seed_value), setting, change, None, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_47(
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
            as_json(seed_value), setting, change, self.baseline, None,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_48(
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
            as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_49(
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
            _known("FACTS", key), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_50(
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
            _known("FACTS", key), as_json(expected), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_51(
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
            _known("FACTS", key), as_json(expected), as_json(observed), _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_52(
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
            _known("FACTS", key), as_json(expected), as_json(observed), ok, profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_53(
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
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(params), as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_54(
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
            setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_55(
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
            as_json(seed_value), change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_56(
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
            as_json(seed_value), setting, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_57(
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
            as_json(seed_value), setting, change, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_58(
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
            as_json(seed_value), setting, change, self.baseline, )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_59(
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
            _known(None, key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_60(
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
            _known("FACTS", None), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_61(
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
            _known(key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_62(
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
            _known("FACTS", ), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_63(
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
            _known("XXFACTSXX", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_64(
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
            _known("facts", key), as_json(expected), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_65(
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
            _known("FACTS", key), as_json(None), as_json(observed), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_66(
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
            _known("FACTS", key), as_json(expected), as_json(None), ok, _params(params), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_67(
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
            _known("FACTS", key), as_json(expected), as_json(observed), ok, _params(None), profile_key,
            as_json(seed_value), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_68(
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
            as_json(None), setting, change, self.baseline, volatile,
        )  # fmt: skip
        self.facts.append(fact)
        return ok

    def xǁJudgementǁexpect__mutmut_69(
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
        self.facts.append(None)
        return ok

    @property
    def baseline(self) -> Literal["seed", "docs"]:
        """What a changed expectation is told against: the seed for S-* claims, Docker's documentation
        of its current behaviour for the rest."""
        return "seed" if self.claim.startswith("S-") else "docs"

    @_mutmut_mutated(mutants_xǁJudgementǁexactly__mutmut)
    def exactly(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(expected), key=str), sorted(set(observed), key=str)
        return self.fact(key, want, seen, **params)

    def xǁJudgementǁexactly__mutmut_orig(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(expected), key=str), sorted(set(observed), key=str)
        return self.fact(key, want, seen, **params)

    def xǁJudgementǁexactly__mutmut_1(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = None
        return self.fact(key, want, seen, **params)

    def xǁJudgementǁexactly__mutmut_2(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(None, key=str), sorted(set(observed), key=str)
        return self.fact(key, want, seen, **params)

    def xǁJudgementǁexactly__mutmut_3(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(expected), key=None), sorted(set(observed), key=str)
        return self.fact(key, want, seen, **params)

    def xǁJudgementǁexactly__mutmut_4(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(key=str), sorted(set(observed), key=str)
        return self.fact(key, want, seen, **params)

    def xǁJudgementǁexactly__mutmut_5(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(expected), ), sorted(set(observed), key=str)
        return self.fact(key, want, seen, **params)

    def xǁJudgementǁexactly__mutmut_6(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(None), key=str), sorted(set(observed), key=str)
        return self.fact(key, want, seen, **params)

    def xǁJudgementǁexactly__mutmut_7(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(expected), key=str), sorted(None, key=str)
        return self.fact(key, want, seen, **params)

    def xǁJudgementǁexactly__mutmut_8(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(expected), key=str), sorted(set(observed), key=None)
        return self.fact(key, want, seen, **params)

    def xǁJudgementǁexactly__mutmut_9(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(expected), key=str), sorted(key=str)
        return self.fact(key, want, seen, **params)

    def xǁJudgementǁexactly__mutmut_10(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(expected), key=str), sorted(set(observed), )
        return self.fact(key, want, seen, **params)

    def xǁJudgementǁexactly__mutmut_11(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(expected), key=str), sorted(set(None), key=str)
        return self.fact(key, want, seen, **params)

    def xǁJudgementǁexactly__mutmut_12(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(expected), key=str), sorted(set(observed), key=str)
        return self.fact(None, want, seen, **params)

    def xǁJudgementǁexactly__mutmut_13(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(expected), key=str), sorted(set(observed), key=str)
        return self.fact(key, None, seen, **params)

    def xǁJudgementǁexactly__mutmut_14(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(expected), key=str), sorted(set(observed), key=str)
        return self.fact(key, want, None, **params)

    def xǁJudgementǁexactly__mutmut_15(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(expected), key=str), sorted(set(observed), key=str)
        return self.fact(want, seen, **params)

    def xǁJudgementǁexactly__mutmut_16(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(expected), key=str), sorted(set(observed), key=str)
        return self.fact(key, seen, **params)

    def xǁJudgementǁexactly__mutmut_17(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(expected), key=str), sorted(set(observed), key=str)
        return self.fact(key, want, **params)

    def xǁJudgementǁexactly__mutmut_18(self, key: str, expected: Iterable[Any], observed: Iterable[Any], **params: Any) -> bool:
        """A fact about a set: it holds only when the observed set is exactly the expected one.
        Whatever else is present, and whatever is missing, is named where the fact is shown."""
        want, seen = sorted(set(expected), key=str), sorted(set(observed), key=str)
        return self.fact(key, want, seen, )

    @_mutmut_mutated(mutants_xǁJudgementǁincludes__mutmut)
    def includes(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = set(self.profile.value(profile_key))
        return self.expect(key, profile_key, tuple(observed), wanted <= set(observed), **params)

    def xǁJudgementǁincludes__mutmut_orig(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = set(self.profile.value(profile_key))
        return self.expect(key, profile_key, tuple(observed), wanted <= set(observed), **params)

    def xǁJudgementǁincludes__mutmut_1(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = None
        return self.expect(key, profile_key, tuple(observed), wanted <= set(observed), **params)

    def xǁJudgementǁincludes__mutmut_2(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = set(None)
        return self.expect(key, profile_key, tuple(observed), wanted <= set(observed), **params)

    def xǁJudgementǁincludes__mutmut_3(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = set(self.profile.value(None))
        return self.expect(key, profile_key, tuple(observed), wanted <= set(observed), **params)

    def xǁJudgementǁincludes__mutmut_4(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = set(self.profile.value(profile_key))
        return self.expect(None, profile_key, tuple(observed), wanted <= set(observed), **params)

    def xǁJudgementǁincludes__mutmut_5(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = set(self.profile.value(profile_key))
        return self.expect(key, None, tuple(observed), wanted <= set(observed), **params)

    def xǁJudgementǁincludes__mutmut_6(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = set(self.profile.value(profile_key))
        return self.expect(key, profile_key, None, wanted <= set(observed), **params)

    def xǁJudgementǁincludes__mutmut_7(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = set(self.profile.value(profile_key))
        return self.expect(key, profile_key, tuple(observed), None, **params)

    def xǁJudgementǁincludes__mutmut_8(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = set(self.profile.value(profile_key))
        return self.expect(profile_key, tuple(observed), wanted <= set(observed), **params)

    def xǁJudgementǁincludes__mutmut_9(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = set(self.profile.value(profile_key))
        return self.expect(key, tuple(observed), wanted <= set(observed), **params)

    def xǁJudgementǁincludes__mutmut_10(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = set(self.profile.value(profile_key))
        return self.expect(key, profile_key, wanted <= set(observed), **params)

    def xǁJudgementǁincludes__mutmut_11(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = set(self.profile.value(profile_key))
        return self.expect(key, profile_key, tuple(observed), **params)

    def xǁJudgementǁincludes__mutmut_12(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = set(self.profile.value(profile_key))
        return self.expect(key, profile_key, tuple(observed), wanted <= set(observed), )

    def xǁJudgementǁincludes__mutmut_13(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = set(self.profile.value(profile_key))
        return self.expect(key, profile_key, tuple(None), wanted <= set(observed), **params)

    def xǁJudgementǁincludes__mutmut_14(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = set(self.profile.value(profile_key))
        return self.expect(key, profile_key, tuple(observed), wanted < set(observed), **params)

    def xǁJudgementǁincludes__mutmut_15(
        self, key: str, profile_key: str, observed: tuple[str, ...] | list[str], **params: Any
    ) -> bool:
        """A fact that everything in profile key `profile_key` appears in `observed`."""
        wanted = set(self.profile.value(profile_key))
        return self.expect(key, profile_key, tuple(observed), wanted <= set(None), **params)

    @_mutmut_mutated(mutants_xǁJudgementǁattach__mutmut)
    def attach(self, name: str, text: str) -> None:
        self.evidence[name] = text

    def xǁJudgementǁattach__mutmut_orig(self, name: str, text: str) -> None:
        self.evidence[name] = text

    def xǁJudgementǁattach__mutmut_1(self, name: str, text: str) -> None:
        self.evidence[name] = None

    @_mutmut_mutated(mutants_xǁJudgementǁnote__mutmut)
    def note(self, code: str, **params: Any) -> None:
        self.notes.append(Note(_known("NOTES", code), _params(params)))

    def xǁJudgementǁnote__mutmut_orig(self, code: str, **params: Any) -> None:
        self.notes.append(Note(_known("NOTES", code), _params(params)))

    def xǁJudgementǁnote__mutmut_1(self, code: str, **params: Any) -> None:
        self.notes.append(None)

    def xǁJudgementǁnote__mutmut_2(self, code: str, **params: Any) -> None:
        self.notes.append(Note(None, _params(params)))

    def xǁJudgementǁnote__mutmut_3(self, code: str, **params: Any) -> None:
        self.notes.append(Note(_known("NOTES", code), None))

    def xǁJudgementǁnote__mutmut_4(self, code: str, **params: Any) -> None:
        self.notes.append(Note(_params(params)))

    def xǁJudgementǁnote__mutmut_5(self, code: str, **params: Any) -> None:
        self.notes.append(Note(_known("NOTES", code), ))

    def xǁJudgementǁnote__mutmut_6(self, code: str, **params: Any) -> None:
        self.notes.append(Note(_known(None, code), _params(params)))

    def xǁJudgementǁnote__mutmut_7(self, code: str, **params: Any) -> None:
        self.notes.append(Note(_known("NOTES", None), _params(params)))

    def xǁJudgementǁnote__mutmut_8(self, code: str, **params: Any) -> None:
        self.notes.append(Note(_known(code), _params(params)))

    def xǁJudgementǁnote__mutmut_9(self, code: str, **params: Any) -> None:
        self.notes.append(Note(_known("NOTES", ), _params(params)))

    def xǁJudgementǁnote__mutmut_10(self, code: str, **params: Any) -> None:
        self.notes.append(Note(_known("XXNOTESXX", code), _params(params)))

    def xǁJudgementǁnote__mutmut_11(self, code: str, **params: Any) -> None:
        self.notes.append(Note(_known("notes", code), _params(params)))

    def xǁJudgementǁnote__mutmut_12(self, code: str, **params: Any) -> None:
        self.notes.append(Note(_known("NOTES", code), _params(None)))

    @_mutmut_mutated(mutants_xǁJudgementǁcannot_judge__mutmut)
    def cannot_judge(self, code: str, **params: Any) -> None:
        """A part of the claim could not be judged: unless another fact fails, the verdict says so."""
        self.unjudged.append(Note(_known("NOTES", code), _params(params)))

    def xǁJudgementǁcannot_judge__mutmut_orig(self, code: str, **params: Any) -> None:
        """A part of the claim could not be judged: unless another fact fails, the verdict says so."""
        self.unjudged.append(Note(_known("NOTES", code), _params(params)))

    def xǁJudgementǁcannot_judge__mutmut_1(self, code: str, **params: Any) -> None:
        """A part of the claim could not be judged: unless another fact fails, the verdict says so."""
        self.unjudged.append(None)

    def xǁJudgementǁcannot_judge__mutmut_2(self, code: str, **params: Any) -> None:
        """A part of the claim could not be judged: unless another fact fails, the verdict says so."""
        self.unjudged.append(Note(None, _params(params)))

    def xǁJudgementǁcannot_judge__mutmut_3(self, code: str, **params: Any) -> None:
        """A part of the claim could not be judged: unless another fact fails, the verdict says so."""
        self.unjudged.append(Note(_known("NOTES", code), None))

    def xǁJudgementǁcannot_judge__mutmut_4(self, code: str, **params: Any) -> None:
        """A part of the claim could not be judged: unless another fact fails, the verdict says so."""
        self.unjudged.append(Note(_params(params)))

    def xǁJudgementǁcannot_judge__mutmut_5(self, code: str, **params: Any) -> None:
        """A part of the claim could not be judged: unless another fact fails, the verdict says so."""
        self.unjudged.append(Note(_known("NOTES", code), ))

    def xǁJudgementǁcannot_judge__mutmut_6(self, code: str, **params: Any) -> None:
        """A part of the claim could not be judged: unless another fact fails, the verdict says so."""
        self.unjudged.append(Note(_known(None, code), _params(params)))

    def xǁJudgementǁcannot_judge__mutmut_7(self, code: str, **params: Any) -> None:
        """A part of the claim could not be judged: unless another fact fails, the verdict says so."""
        self.unjudged.append(Note(_known("NOTES", None), _params(params)))

    def xǁJudgementǁcannot_judge__mutmut_8(self, code: str, **params: Any) -> None:
        """A part of the claim could not be judged: unless another fact fails, the verdict says so."""
        self.unjudged.append(Note(_known(code), _params(params)))

    def xǁJudgementǁcannot_judge__mutmut_9(self, code: str, **params: Any) -> None:
        """A part of the claim could not be judged: unless another fact fails, the verdict says so."""
        self.unjudged.append(Note(_known("NOTES", ), _params(params)))

    def xǁJudgementǁcannot_judge__mutmut_10(self, code: str, **params: Any) -> None:
        """A part of the claim could not be judged: unless another fact fails, the verdict says so."""
        self.unjudged.append(Note(_known("XXNOTESXX", code), _params(params)))

    def xǁJudgementǁcannot_judge__mutmut_11(self, code: str, **params: Any) -> None:
        """A part of the claim could not be judged: unless another fact fails, the verdict says so."""
        self.unjudged.append(Note(_known("notes", code), _params(params)))

    def xǁJudgementǁcannot_judge__mutmut_12(self, code: str, **params: Any) -> None:
        """A part of the claim could not be judged: unless another fact fails, the verdict says so."""
        self.unjudged.append(Note(_known("NOTES", code), _params(None)))

    @_mutmut_mutated(mutants_xǁJudgementǁverdict__mutmut)
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

    def xǁJudgementǁverdict__mutmut_orig(self) -> Verdict:
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

    def xǁJudgementǁverdict__mutmut_1(self) -> Verdict:
        failed = None
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

    def xǁJudgementǁverdict__mutmut_2(self) -> Verdict:
        failed = [f for f in self.facts if f.holds]
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

    def xǁJudgementǁverdict__mutmut_3(self) -> Verdict:
        failed = [f for f in self.facts if not f.holds]
        if self.unjudged or not failed:  # part of the claim was not judged: never "conforms"
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

    def xǁJudgementǁverdict__mutmut_4(self) -> Verdict:
        failed = [f for f in self.facts if not f.holds]
        if self.unjudged and failed:  # part of the claim was not judged: never "conforms"
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

    def xǁJudgementǁverdict__mutmut_5(self) -> Verdict:
        failed = [f for f in self.facts if not f.holds]
        if self.unjudged and not failed:  # part of the claim was not judged: never "conforms"
            return self.not_applicable()
        if not self.facts and failed:
            status = Status.INCONSISTENT if any(f.setting for f in failed) else Status.FAILS
        elif any(f.setting for f in self.facts):
            status = Status.DEVIATES
        elif any(f.change and f.observed != f.documented for f in self.facts):
            status = Status.DOCUMENTED
        else:
            status = Status.CONFORMS
        return self._close(status)

    def xǁJudgementǁverdict__mutmut_6(self) -> Verdict:
        failed = [f for f in self.facts if not f.holds]
        if self.unjudged and not failed:  # part of the claim was not judged: never "conforms"
            return self.not_applicable()
        if self.facts or failed:
            status = Status.INCONSISTENT if any(f.setting for f in failed) else Status.FAILS
        elif any(f.setting for f in self.facts):
            status = Status.DEVIATES
        elif any(f.change and f.observed != f.documented for f in self.facts):
            status = Status.DOCUMENTED
        else:
            status = Status.CONFORMS
        return self._close(status)

    def xǁJudgementǁverdict__mutmut_7(self) -> Verdict:
        failed = [f for f in self.facts if not f.holds]
        if self.unjudged and not failed:  # part of the claim was not judged: never "conforms"
            return self.not_applicable()
        if not self.facts or failed:
            status = None
        elif any(f.setting for f in self.facts):
            status = Status.DEVIATES
        elif any(f.change and f.observed != f.documented for f in self.facts):
            status = Status.DOCUMENTED
        else:
            status = Status.CONFORMS
        return self._close(status)

    def xǁJudgementǁverdict__mutmut_8(self) -> Verdict:
        failed = [f for f in self.facts if not f.holds]
        if self.unjudged and not failed:  # part of the claim was not judged: never "conforms"
            return self.not_applicable()
        if not self.facts or failed:
            status = Status.INCONSISTENT if (any(f.setting for f in failed)) and False else Status.FAILS
        elif any(f.setting for f in self.facts):
            status = Status.DEVIATES
        elif any(f.change and f.observed != f.documented for f in self.facts):
            status = Status.DOCUMENTED
        else:
            status = Status.CONFORMS
        return self._close(status)

    def xǁJudgementǁverdict__mutmut_9(self) -> Verdict:
        failed = [f for f in self.facts if not f.holds]
        if self.unjudged and not failed:  # part of the claim was not judged: never "conforms"
            return self.not_applicable()
        if not self.facts or failed:
            status = Status.INCONSISTENT if (any(f.setting for f in failed)) or True else Status.FAILS
        elif any(f.setting for f in self.facts):
            status = Status.DEVIATES
        elif any(f.change and f.observed != f.documented for f in self.facts):
            status = Status.DOCUMENTED
        else:
            status = Status.CONFORMS
        return self._close(status)

    def xǁJudgementǁverdict__mutmut_10(self) -> Verdict:
        failed = [f for f in self.facts if not f.holds]
        if self.unjudged and not failed:  # part of the claim was not judged: never "conforms"
            return self.not_applicable()
        if not self.facts or failed:
            status = Status.INCONSISTENT if any(None) else Status.FAILS
        elif any(f.setting for f in self.facts):
            status = Status.DEVIATES
        elif any(f.change and f.observed != f.documented for f in self.facts):
            status = Status.DOCUMENTED
        else:
            status = Status.CONFORMS
        return self._close(status)

    def xǁJudgementǁverdict__mutmut_11(self) -> Verdict:
        failed = [f for f in self.facts if not f.holds]
        if self.unjudged and not failed:  # part of the claim was not judged: never "conforms"
            return self.not_applicable()
        if not self.facts or failed:
            status = Status.INCONSISTENT if any(f.setting for f in failed) else Status.FAILS
        elif any(None):
            status = Status.DEVIATES
        elif any(f.change and f.observed != f.documented for f in self.facts):
            status = Status.DOCUMENTED
        else:
            status = Status.CONFORMS
        return self._close(status)

    def xǁJudgementǁverdict__mutmut_12(self) -> Verdict:
        failed = [f for f in self.facts if not f.holds]
        if self.unjudged and not failed:  # part of the claim was not judged: never "conforms"
            return self.not_applicable()
        if not self.facts or failed:
            status = Status.INCONSISTENT if any(f.setting for f in failed) else Status.FAILS
        elif any(f.setting for f in self.facts):
            status = None
        elif any(f.change and f.observed != f.documented for f in self.facts):
            status = Status.DOCUMENTED
        else:
            status = Status.CONFORMS
        return self._close(status)

    def xǁJudgementǁverdict__mutmut_13(self) -> Verdict:
        failed = [f for f in self.facts if not f.holds]
        if self.unjudged and not failed:  # part of the claim was not judged: never "conforms"
            return self.not_applicable()
        if not self.facts or failed:
            status = Status.INCONSISTENT if any(f.setting for f in failed) else Status.FAILS
        elif any(f.setting for f in self.facts):
            status = Status.DEVIATES
        elif any(None):
            status = Status.DOCUMENTED
        else:
            status = Status.CONFORMS
        return self._close(status)

    def xǁJudgementǁverdict__mutmut_14(self) -> Verdict:
        failed = [f for f in self.facts if not f.holds]
        if self.unjudged and not failed:  # part of the claim was not judged: never "conforms"
            return self.not_applicable()
        if not self.facts or failed:
            status = Status.INCONSISTENT if any(f.setting for f in failed) else Status.FAILS
        elif any(f.setting for f in self.facts):
            status = Status.DEVIATES
        elif any(f.change or f.observed != f.documented for f in self.facts):
            status = Status.DOCUMENTED
        else:
            status = Status.CONFORMS
        return self._close(status)

    def xǁJudgementǁverdict__mutmut_15(self) -> Verdict:
        failed = [f for f in self.facts if not f.holds]
        if self.unjudged and not failed:  # part of the claim was not judged: never "conforms"
            return self.not_applicable()
        if not self.facts or failed:
            status = Status.INCONSISTENT if any(f.setting for f in failed) else Status.FAILS
        elif any(f.setting for f in self.facts):
            status = Status.DEVIATES
        elif any(f.change and f.observed == f.documented for f in self.facts):
            status = Status.DOCUMENTED
        else:
            status = Status.CONFORMS
        return self._close(status)

    def xǁJudgementǁverdict__mutmut_16(self) -> Verdict:
        failed = [f for f in self.facts if not f.holds]
        if self.unjudged and not failed:  # part of the claim was not judged: never "conforms"
            return self.not_applicable()
        if not self.facts or failed:
            status = Status.INCONSISTENT if any(f.setting for f in failed) else Status.FAILS
        elif any(f.setting for f in self.facts):
            status = Status.DEVIATES
        elif any(f.change and f.observed != f.documented for f in self.facts):
            status = None
        else:
            status = Status.CONFORMS
        return self._close(status)

    def xǁJudgementǁverdict__mutmut_17(self) -> Verdict:
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
            status = None
        return self._close(status)

    def xǁJudgementǁverdict__mutmut_18(self) -> Verdict:
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
        return self._close(None)

    @_mutmut_mutated(mutants_xǁJudgementǁnot_applicable__mutmut)
    def not_applicable(self, why: Note | None = None, needs: str = "") -> Verdict:
        if why:
            self.unjudged.insert(0, why)
        return self._close(Status.NOT_APPLICABLE, needs)

    def xǁJudgementǁnot_applicable__mutmut_orig(self, why: Note | None = None, needs: str = "") -> Verdict:
        if why:
            self.unjudged.insert(0, why)
        return self._close(Status.NOT_APPLICABLE, needs)

    def xǁJudgementǁnot_applicable__mutmut_1(self, why: Note | None = None, needs: str = "XXXX") -> Verdict:
        if why:
            self.unjudged.insert(0, why)
        return self._close(Status.NOT_APPLICABLE, needs)

    def xǁJudgementǁnot_applicable__mutmut_2(self, why: Note | None = None, needs: str = "") -> Verdict:
        if why:
            self.unjudged.insert(None, why)
        return self._close(Status.NOT_APPLICABLE, needs)

    def xǁJudgementǁnot_applicable__mutmut_3(self, why: Note | None = None, needs: str = "") -> Verdict:
        if why:
            self.unjudged.insert(0, None)
        return self._close(Status.NOT_APPLICABLE, needs)

    def xǁJudgementǁnot_applicable__mutmut_4(self, why: Note | None = None, needs: str = "") -> Verdict:
        if why:
            self.unjudged.insert(why)
        return self._close(Status.NOT_APPLICABLE, needs)

    def xǁJudgementǁnot_applicable__mutmut_5(self, why: Note | None = None, needs: str = "") -> Verdict:
        if why:
            self.unjudged.insert(0, )
        return self._close(Status.NOT_APPLICABLE, needs)

    def xǁJudgementǁnot_applicable__mutmut_6(self, why: Note | None = None, needs: str = "") -> Verdict:
        if why:
            self.unjudged.insert(1, why)
        return self._close(Status.NOT_APPLICABLE, needs)

    def xǁJudgementǁnot_applicable__mutmut_7(self, why: Note | None = None, needs: str = "") -> Verdict:
        if why:
            self.unjudged.insert(0, why)
        return self._close(None, needs)

    def xǁJudgementǁnot_applicable__mutmut_8(self, why: Note | None = None, needs: str = "") -> Verdict:
        if why:
            self.unjudged.insert(0, why)
        return self._close(Status.NOT_APPLICABLE, None)

    def xǁJudgementǁnot_applicable__mutmut_9(self, why: Note | None = None, needs: str = "") -> Verdict:
        if why:
            self.unjudged.insert(0, why)
        return self._close(needs)

    def xǁJudgementǁnot_applicable__mutmut_10(self, why: Note | None = None, needs: str = "") -> Verdict:
        if why:
            self.unjudged.insert(0, why)
        return self._close(Status.NOT_APPLICABLE, )

    @_mutmut_mutated(mutants_xǁJudgementǁ_close__mutmut)
    def _close(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.facts), tuple(self.notes), tuple(self.unjudged),
            dict(self.evidence), self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_orig(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.facts), tuple(self.notes), tuple(self.unjudged),
            dict(self.evidence), self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_1(self, status: Status, needs: str = "XXXX") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.facts), tuple(self.notes), tuple(self.unjudged),
            dict(self.evidence), self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_2(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            None, status, tuple(self.facts), tuple(self.notes), tuple(self.unjudged),
            dict(self.evidence), self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_3(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, None, tuple(self.facts), tuple(self.notes), tuple(self.unjudged),
            dict(self.evidence), self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_4(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, None, tuple(self.notes), tuple(self.unjudged),
            dict(self.evidence), self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_5(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.facts), None, tuple(self.unjudged),
            dict(self.evidence), self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_6(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.facts), tuple(self.notes), None,
            dict(self.evidence), self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_7(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.facts), tuple(self.notes), tuple(self.unjudged),
            None, self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_8(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.facts), tuple(self.notes), tuple(self.unjudged),
            dict(self.evidence), None, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_9(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.facts), tuple(self.notes), tuple(self.unjudged),
            dict(self.evidence), self.by_hand, None,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_10(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            status, tuple(self.facts), tuple(self.notes), tuple(self.unjudged),
            dict(self.evidence), self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_11(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, tuple(self.facts), tuple(self.notes), tuple(self.unjudged),
            dict(self.evidence), self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_12(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.notes), tuple(self.unjudged),
            dict(self.evidence), self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_13(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.facts), tuple(self.unjudged),
            dict(self.evidence), self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_14(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.facts), tuple(self.notes), dict(self.evidence), self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_15(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.facts), tuple(self.notes), tuple(self.unjudged),
            self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_16(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.facts), tuple(self.notes), tuple(self.unjudged),
            dict(self.evidence), needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_17(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.facts), tuple(self.notes), tuple(self.unjudged),
            dict(self.evidence), self.by_hand, )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_18(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(None), tuple(self.notes), tuple(self.unjudged),
            dict(self.evidence), self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_19(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.facts), tuple(None), tuple(self.unjudged),
            dict(self.evidence), self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_20(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.facts), tuple(self.notes), tuple(None),
            dict(self.evidence), self.by_hand, needs,
        )  # fmt: skip

    def xǁJudgementǁ_close__mutmut_21(self, status: Status, needs: str = "") -> Verdict:
        return Verdict(
            self.claim, status, tuple(self.facts), tuple(self.notes), tuple(self.unjudged),
            dict(None), self.by_hand, needs,
        )  # fmt: skip

mutants_xǁJudgementǁ__init____mutmut['_mutmut_orig'] = Judgement.xǁJudgementǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁJudgementǁ__init____mutmut['xǁJudgementǁ__init____mutmut_1'] = Judgement.xǁJudgementǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁJudgementǁ__init____mutmut['xǁJudgementǁ__init____mutmut_2'] = Judgement.xǁJudgementǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁJudgementǁ__init____mutmut['xǁJudgementǁ__init____mutmut_3'] = Judgement.xǁJudgementǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁJudgementǁ__init____mutmut['xǁJudgementǁ__init____mutmut_4'] = Judgement.xǁJudgementǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁJudgementǁ__init____mutmut['xǁJudgementǁ__init____mutmut_5'] = Judgement.xǁJudgementǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁJudgementǁ__init____mutmut['xǁJudgementǁ__init____mutmut_6'] = Judgement.xǁJudgementǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁJudgementǁ__init____mutmut['xǁJudgementǁ__init____mutmut_7'] = Judgement.xǁJudgementǁ__init____mutmut_7 # type: ignore # mutmut generated

mutants_xǁJudgementǁfact__mutmut['_mutmut_orig'] = Judgement.xǁJudgementǁfact__mutmut_orig # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_1'] = Judgement.xǁJudgementǁfact__mutmut_1 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_2'] = Judgement.xǁJudgementǁfact__mutmut_2 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_3'] = Judgement.xǁJudgementǁfact__mutmut_3 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_4'] = Judgement.xǁJudgementǁfact__mutmut_4 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_5'] = Judgement.xǁJudgementǁfact__mutmut_5 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_6'] = Judgement.xǁJudgementǁfact__mutmut_6 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_7'] = Judgement.xǁJudgementǁfact__mutmut_7 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_8'] = Judgement.xǁJudgementǁfact__mutmut_8 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_9'] = Judgement.xǁJudgementǁfact__mutmut_9 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_10'] = Judgement.xǁJudgementǁfact__mutmut_10 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_11'] = Judgement.xǁJudgementǁfact__mutmut_11 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_12'] = Judgement.xǁJudgementǁfact__mutmut_12 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_13'] = Judgement.xǁJudgementǁfact__mutmut_13 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_14'] = Judgement.xǁJudgementǁfact__mutmut_14 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_15'] = Judgement.xǁJudgementǁfact__mutmut_15 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_16'] = Judgement.xǁJudgementǁfact__mutmut_16 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_17'] = Judgement.xǁJudgementǁfact__mutmut_17 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_18'] = Judgement.xǁJudgementǁfact__mutmut_18 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_19'] = Judgement.xǁJudgementǁfact__mutmut_19 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_20'] = Judgement.xǁJudgementǁfact__mutmut_20 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_21'] = Judgement.xǁJudgementǁfact__mutmut_21 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_22'] = Judgement.xǁJudgementǁfact__mutmut_22 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_23'] = Judgement.xǁJudgementǁfact__mutmut_23 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_24'] = Judgement.xǁJudgementǁfact__mutmut_24 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_25'] = Judgement.xǁJudgementǁfact__mutmut_25 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_26'] = Judgement.xǁJudgementǁfact__mutmut_26 # type: ignore # mutmut generated
mutants_xǁJudgementǁfact__mutmut['xǁJudgementǁfact__mutmut_27'] = Judgement.xǁJudgementǁfact__mutmut_27 # type: ignore # mutmut generated

mutants_xǁJudgementǁexpect__mutmut['_mutmut_orig'] = Judgement.xǁJudgementǁexpect__mutmut_orig # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_1'] = Judgement.xǁJudgementǁexpect__mutmut_1 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_2'] = Judgement.xǁJudgementǁexpect__mutmut_2 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_3'] = Judgement.xǁJudgementǁexpect__mutmut_3 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_4'] = Judgement.xǁJudgementǁexpect__mutmut_4 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_5'] = Judgement.xǁJudgementǁexpect__mutmut_5 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_6'] = Judgement.xǁJudgementǁexpect__mutmut_6 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_7'] = Judgement.xǁJudgementǁexpect__mutmut_7 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_8'] = Judgement.xǁJudgementǁexpect__mutmut_8 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_9'] = Judgement.xǁJudgementǁexpect__mutmut_9 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_10'] = Judgement.xǁJudgementǁexpect__mutmut_10 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_11'] = Judgement.xǁJudgementǁexpect__mutmut_11 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_12'] = Judgement.xǁJudgementǁexpect__mutmut_12 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_13'] = Judgement.xǁJudgementǁexpect__mutmut_13 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_14'] = Judgement.xǁJudgementǁexpect__mutmut_14 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_15'] = Judgement.xǁJudgementǁexpect__mutmut_15 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_16'] = Judgement.xǁJudgementǁexpect__mutmut_16 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_17'] = Judgement.xǁJudgementǁexpect__mutmut_17 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_18'] = Judgement.xǁJudgementǁexpect__mutmut_18 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_19'] = Judgement.xǁJudgementǁexpect__mutmut_19 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_20'] = Judgement.xǁJudgementǁexpect__mutmut_20 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_21'] = Judgement.xǁJudgementǁexpect__mutmut_21 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_22'] = Judgement.xǁJudgementǁexpect__mutmut_22 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_23'] = Judgement.xǁJudgementǁexpect__mutmut_23 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_24'] = Judgement.xǁJudgementǁexpect__mutmut_24 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_25'] = Judgement.xǁJudgementǁexpect__mutmut_25 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_26'] = Judgement.xǁJudgementǁexpect__mutmut_26 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_27'] = Judgement.xǁJudgementǁexpect__mutmut_27 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_28'] = Judgement.xǁJudgementǁexpect__mutmut_28 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_29'] = Judgement.xǁJudgementǁexpect__mutmut_29 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_30'] = Judgement.xǁJudgementǁexpect__mutmut_30 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_31'] = Judgement.xǁJudgementǁexpect__mutmut_31 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_32'] = Judgement.xǁJudgementǁexpect__mutmut_32 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_33'] = Judgement.xǁJudgementǁexpect__mutmut_33 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_34'] = Judgement.xǁJudgementǁexpect__mutmut_34 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_35'] = Judgement.xǁJudgementǁexpect__mutmut_35 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_36'] = Judgement.xǁJudgementǁexpect__mutmut_36 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_37'] = Judgement.xǁJudgementǁexpect__mutmut_37 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_38'] = Judgement.xǁJudgementǁexpect__mutmut_38 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_39'] = Judgement.xǁJudgementǁexpect__mutmut_39 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_40'] = Judgement.xǁJudgementǁexpect__mutmut_40 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_41'] = Judgement.xǁJudgementǁexpect__mutmut_41 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_42'] = Judgement.xǁJudgementǁexpect__mutmut_42 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_43'] = Judgement.xǁJudgementǁexpect__mutmut_43 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_44'] = Judgement.xǁJudgementǁexpect__mutmut_44 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_45'] = Judgement.xǁJudgementǁexpect__mutmut_45 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_46'] = Judgement.xǁJudgementǁexpect__mutmut_46 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_47'] = Judgement.xǁJudgementǁexpect__mutmut_47 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_48'] = Judgement.xǁJudgementǁexpect__mutmut_48 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_49'] = Judgement.xǁJudgementǁexpect__mutmut_49 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_50'] = Judgement.xǁJudgementǁexpect__mutmut_50 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_51'] = Judgement.xǁJudgementǁexpect__mutmut_51 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_52'] = Judgement.xǁJudgementǁexpect__mutmut_52 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_53'] = Judgement.xǁJudgementǁexpect__mutmut_53 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_54'] = Judgement.xǁJudgementǁexpect__mutmut_54 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_55'] = Judgement.xǁJudgementǁexpect__mutmut_55 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_56'] = Judgement.xǁJudgementǁexpect__mutmut_56 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_57'] = Judgement.xǁJudgementǁexpect__mutmut_57 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_58'] = Judgement.xǁJudgementǁexpect__mutmut_58 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_59'] = Judgement.xǁJudgementǁexpect__mutmut_59 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_60'] = Judgement.xǁJudgementǁexpect__mutmut_60 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_61'] = Judgement.xǁJudgementǁexpect__mutmut_61 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_62'] = Judgement.xǁJudgementǁexpect__mutmut_62 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_63'] = Judgement.xǁJudgementǁexpect__mutmut_63 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_64'] = Judgement.xǁJudgementǁexpect__mutmut_64 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_65'] = Judgement.xǁJudgementǁexpect__mutmut_65 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_66'] = Judgement.xǁJudgementǁexpect__mutmut_66 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_67'] = Judgement.xǁJudgementǁexpect__mutmut_67 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_68'] = Judgement.xǁJudgementǁexpect__mutmut_68 # type: ignore # mutmut generated
mutants_xǁJudgementǁexpect__mutmut['xǁJudgementǁexpect__mutmut_69'] = Judgement.xǁJudgementǁexpect__mutmut_69 # type: ignore # mutmut generated

mutants_xǁJudgementǁexactly__mutmut['_mutmut_orig'] = Judgement.xǁJudgementǁexactly__mutmut_orig # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_1'] = Judgement.xǁJudgementǁexactly__mutmut_1 # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_2'] = Judgement.xǁJudgementǁexactly__mutmut_2 # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_3'] = Judgement.xǁJudgementǁexactly__mutmut_3 # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_4'] = Judgement.xǁJudgementǁexactly__mutmut_4 # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_5'] = Judgement.xǁJudgementǁexactly__mutmut_5 # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_6'] = Judgement.xǁJudgementǁexactly__mutmut_6 # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_7'] = Judgement.xǁJudgementǁexactly__mutmut_7 # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_8'] = Judgement.xǁJudgementǁexactly__mutmut_8 # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_9'] = Judgement.xǁJudgementǁexactly__mutmut_9 # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_10'] = Judgement.xǁJudgementǁexactly__mutmut_10 # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_11'] = Judgement.xǁJudgementǁexactly__mutmut_11 # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_12'] = Judgement.xǁJudgementǁexactly__mutmut_12 # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_13'] = Judgement.xǁJudgementǁexactly__mutmut_13 # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_14'] = Judgement.xǁJudgementǁexactly__mutmut_14 # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_15'] = Judgement.xǁJudgementǁexactly__mutmut_15 # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_16'] = Judgement.xǁJudgementǁexactly__mutmut_16 # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_17'] = Judgement.xǁJudgementǁexactly__mutmut_17 # type: ignore # mutmut generated
mutants_xǁJudgementǁexactly__mutmut['xǁJudgementǁexactly__mutmut_18'] = Judgement.xǁJudgementǁexactly__mutmut_18 # type: ignore # mutmut generated

mutants_xǁJudgementǁincludes__mutmut['_mutmut_orig'] = Judgement.xǁJudgementǁincludes__mutmut_orig # type: ignore # mutmut generated
mutants_xǁJudgementǁincludes__mutmut['xǁJudgementǁincludes__mutmut_1'] = Judgement.xǁJudgementǁincludes__mutmut_1 # type: ignore # mutmut generated
mutants_xǁJudgementǁincludes__mutmut['xǁJudgementǁincludes__mutmut_2'] = Judgement.xǁJudgementǁincludes__mutmut_2 # type: ignore # mutmut generated
mutants_xǁJudgementǁincludes__mutmut['xǁJudgementǁincludes__mutmut_3'] = Judgement.xǁJudgementǁincludes__mutmut_3 # type: ignore # mutmut generated
mutants_xǁJudgementǁincludes__mutmut['xǁJudgementǁincludes__mutmut_4'] = Judgement.xǁJudgementǁincludes__mutmut_4 # type: ignore # mutmut generated
mutants_xǁJudgementǁincludes__mutmut['xǁJudgementǁincludes__mutmut_5'] = Judgement.xǁJudgementǁincludes__mutmut_5 # type: ignore # mutmut generated
mutants_xǁJudgementǁincludes__mutmut['xǁJudgementǁincludes__mutmut_6'] = Judgement.xǁJudgementǁincludes__mutmut_6 # type: ignore # mutmut generated
mutants_xǁJudgementǁincludes__mutmut['xǁJudgementǁincludes__mutmut_7'] = Judgement.xǁJudgementǁincludes__mutmut_7 # type: ignore # mutmut generated
mutants_xǁJudgementǁincludes__mutmut['xǁJudgementǁincludes__mutmut_8'] = Judgement.xǁJudgementǁincludes__mutmut_8 # type: ignore # mutmut generated
mutants_xǁJudgementǁincludes__mutmut['xǁJudgementǁincludes__mutmut_9'] = Judgement.xǁJudgementǁincludes__mutmut_9 # type: ignore # mutmut generated
mutants_xǁJudgementǁincludes__mutmut['xǁJudgementǁincludes__mutmut_10'] = Judgement.xǁJudgementǁincludes__mutmut_10 # type: ignore # mutmut generated
mutants_xǁJudgementǁincludes__mutmut['xǁJudgementǁincludes__mutmut_11'] = Judgement.xǁJudgementǁincludes__mutmut_11 # type: ignore # mutmut generated
mutants_xǁJudgementǁincludes__mutmut['xǁJudgementǁincludes__mutmut_12'] = Judgement.xǁJudgementǁincludes__mutmut_12 # type: ignore # mutmut generated
mutants_xǁJudgementǁincludes__mutmut['xǁJudgementǁincludes__mutmut_13'] = Judgement.xǁJudgementǁincludes__mutmut_13 # type: ignore # mutmut generated
mutants_xǁJudgementǁincludes__mutmut['xǁJudgementǁincludes__mutmut_14'] = Judgement.xǁJudgementǁincludes__mutmut_14 # type: ignore # mutmut generated
mutants_xǁJudgementǁincludes__mutmut['xǁJudgementǁincludes__mutmut_15'] = Judgement.xǁJudgementǁincludes__mutmut_15 # type: ignore # mutmut generated

mutants_xǁJudgementǁattach__mutmut['_mutmut_orig'] = Judgement.xǁJudgementǁattach__mutmut_orig # type: ignore # mutmut generated
mutants_xǁJudgementǁattach__mutmut['xǁJudgementǁattach__mutmut_1'] = Judgement.xǁJudgementǁattach__mutmut_1 # type: ignore # mutmut generated

mutants_xǁJudgementǁnote__mutmut['_mutmut_orig'] = Judgement.xǁJudgementǁnote__mutmut_orig # type: ignore # mutmut generated
mutants_xǁJudgementǁnote__mutmut['xǁJudgementǁnote__mutmut_1'] = Judgement.xǁJudgementǁnote__mutmut_1 # type: ignore # mutmut generated
mutants_xǁJudgementǁnote__mutmut['xǁJudgementǁnote__mutmut_2'] = Judgement.xǁJudgementǁnote__mutmut_2 # type: ignore # mutmut generated
mutants_xǁJudgementǁnote__mutmut['xǁJudgementǁnote__mutmut_3'] = Judgement.xǁJudgementǁnote__mutmut_3 # type: ignore # mutmut generated
mutants_xǁJudgementǁnote__mutmut['xǁJudgementǁnote__mutmut_4'] = Judgement.xǁJudgementǁnote__mutmut_4 # type: ignore # mutmut generated
mutants_xǁJudgementǁnote__mutmut['xǁJudgementǁnote__mutmut_5'] = Judgement.xǁJudgementǁnote__mutmut_5 # type: ignore # mutmut generated
mutants_xǁJudgementǁnote__mutmut['xǁJudgementǁnote__mutmut_6'] = Judgement.xǁJudgementǁnote__mutmut_6 # type: ignore # mutmut generated
mutants_xǁJudgementǁnote__mutmut['xǁJudgementǁnote__mutmut_7'] = Judgement.xǁJudgementǁnote__mutmut_7 # type: ignore # mutmut generated
mutants_xǁJudgementǁnote__mutmut['xǁJudgementǁnote__mutmut_8'] = Judgement.xǁJudgementǁnote__mutmut_8 # type: ignore # mutmut generated
mutants_xǁJudgementǁnote__mutmut['xǁJudgementǁnote__mutmut_9'] = Judgement.xǁJudgementǁnote__mutmut_9 # type: ignore # mutmut generated
mutants_xǁJudgementǁnote__mutmut['xǁJudgementǁnote__mutmut_10'] = Judgement.xǁJudgementǁnote__mutmut_10 # type: ignore # mutmut generated
mutants_xǁJudgementǁnote__mutmut['xǁJudgementǁnote__mutmut_11'] = Judgement.xǁJudgementǁnote__mutmut_11 # type: ignore # mutmut generated
mutants_xǁJudgementǁnote__mutmut['xǁJudgementǁnote__mutmut_12'] = Judgement.xǁJudgementǁnote__mutmut_12 # type: ignore # mutmut generated

mutants_xǁJudgementǁcannot_judge__mutmut['_mutmut_orig'] = Judgement.xǁJudgementǁcannot_judge__mutmut_orig # type: ignore # mutmut generated
mutants_xǁJudgementǁcannot_judge__mutmut['xǁJudgementǁcannot_judge__mutmut_1'] = Judgement.xǁJudgementǁcannot_judge__mutmut_1 # type: ignore # mutmut generated
mutants_xǁJudgementǁcannot_judge__mutmut['xǁJudgementǁcannot_judge__mutmut_2'] = Judgement.xǁJudgementǁcannot_judge__mutmut_2 # type: ignore # mutmut generated
mutants_xǁJudgementǁcannot_judge__mutmut['xǁJudgementǁcannot_judge__mutmut_3'] = Judgement.xǁJudgementǁcannot_judge__mutmut_3 # type: ignore # mutmut generated
mutants_xǁJudgementǁcannot_judge__mutmut['xǁJudgementǁcannot_judge__mutmut_4'] = Judgement.xǁJudgementǁcannot_judge__mutmut_4 # type: ignore # mutmut generated
mutants_xǁJudgementǁcannot_judge__mutmut['xǁJudgementǁcannot_judge__mutmut_5'] = Judgement.xǁJudgementǁcannot_judge__mutmut_5 # type: ignore # mutmut generated
mutants_xǁJudgementǁcannot_judge__mutmut['xǁJudgementǁcannot_judge__mutmut_6'] = Judgement.xǁJudgementǁcannot_judge__mutmut_6 # type: ignore # mutmut generated
mutants_xǁJudgementǁcannot_judge__mutmut['xǁJudgementǁcannot_judge__mutmut_7'] = Judgement.xǁJudgementǁcannot_judge__mutmut_7 # type: ignore # mutmut generated
mutants_xǁJudgementǁcannot_judge__mutmut['xǁJudgementǁcannot_judge__mutmut_8'] = Judgement.xǁJudgementǁcannot_judge__mutmut_8 # type: ignore # mutmut generated
mutants_xǁJudgementǁcannot_judge__mutmut['xǁJudgementǁcannot_judge__mutmut_9'] = Judgement.xǁJudgementǁcannot_judge__mutmut_9 # type: ignore # mutmut generated
mutants_xǁJudgementǁcannot_judge__mutmut['xǁJudgementǁcannot_judge__mutmut_10'] = Judgement.xǁJudgementǁcannot_judge__mutmut_10 # type: ignore # mutmut generated
mutants_xǁJudgementǁcannot_judge__mutmut['xǁJudgementǁcannot_judge__mutmut_11'] = Judgement.xǁJudgementǁcannot_judge__mutmut_11 # type: ignore # mutmut generated
mutants_xǁJudgementǁcannot_judge__mutmut['xǁJudgementǁcannot_judge__mutmut_12'] = Judgement.xǁJudgementǁcannot_judge__mutmut_12 # type: ignore # mutmut generated

mutants_xǁJudgementǁverdict__mutmut['_mutmut_orig'] = Judgement.xǁJudgementǁverdict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_1'] = Judgement.xǁJudgementǁverdict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_2'] = Judgement.xǁJudgementǁverdict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_3'] = Judgement.xǁJudgementǁverdict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_4'] = Judgement.xǁJudgementǁverdict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_5'] = Judgement.xǁJudgementǁverdict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_6'] = Judgement.xǁJudgementǁverdict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_7'] = Judgement.xǁJudgementǁverdict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_8'] = Judgement.xǁJudgementǁverdict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_9'] = Judgement.xǁJudgementǁverdict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_10'] = Judgement.xǁJudgementǁverdict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_11'] = Judgement.xǁJudgementǁverdict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_12'] = Judgement.xǁJudgementǁverdict__mutmut_12 # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_13'] = Judgement.xǁJudgementǁverdict__mutmut_13 # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_14'] = Judgement.xǁJudgementǁverdict__mutmut_14 # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_15'] = Judgement.xǁJudgementǁverdict__mutmut_15 # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_16'] = Judgement.xǁJudgementǁverdict__mutmut_16 # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_17'] = Judgement.xǁJudgementǁverdict__mutmut_17 # type: ignore # mutmut generated
mutants_xǁJudgementǁverdict__mutmut['xǁJudgementǁverdict__mutmut_18'] = Judgement.xǁJudgementǁverdict__mutmut_18 # type: ignore # mutmut generated

mutants_xǁJudgementǁnot_applicable__mutmut['_mutmut_orig'] = Judgement.xǁJudgementǁnot_applicable__mutmut_orig # type: ignore # mutmut generated
mutants_xǁJudgementǁnot_applicable__mutmut['xǁJudgementǁnot_applicable__mutmut_1'] = Judgement.xǁJudgementǁnot_applicable__mutmut_1 # type: ignore # mutmut generated
mutants_xǁJudgementǁnot_applicable__mutmut['xǁJudgementǁnot_applicable__mutmut_2'] = Judgement.xǁJudgementǁnot_applicable__mutmut_2 # type: ignore # mutmut generated
mutants_xǁJudgementǁnot_applicable__mutmut['xǁJudgementǁnot_applicable__mutmut_3'] = Judgement.xǁJudgementǁnot_applicable__mutmut_3 # type: ignore # mutmut generated
mutants_xǁJudgementǁnot_applicable__mutmut['xǁJudgementǁnot_applicable__mutmut_4'] = Judgement.xǁJudgementǁnot_applicable__mutmut_4 # type: ignore # mutmut generated
mutants_xǁJudgementǁnot_applicable__mutmut['xǁJudgementǁnot_applicable__mutmut_5'] = Judgement.xǁJudgementǁnot_applicable__mutmut_5 # type: ignore # mutmut generated
mutants_xǁJudgementǁnot_applicable__mutmut['xǁJudgementǁnot_applicable__mutmut_6'] = Judgement.xǁJudgementǁnot_applicable__mutmut_6 # type: ignore # mutmut generated
mutants_xǁJudgementǁnot_applicable__mutmut['xǁJudgementǁnot_applicable__mutmut_7'] = Judgement.xǁJudgementǁnot_applicable__mutmut_7 # type: ignore # mutmut generated
mutants_xǁJudgementǁnot_applicable__mutmut['xǁJudgementǁnot_applicable__mutmut_8'] = Judgement.xǁJudgementǁnot_applicable__mutmut_8 # type: ignore # mutmut generated
mutants_xǁJudgementǁnot_applicable__mutmut['xǁJudgementǁnot_applicable__mutmut_9'] = Judgement.xǁJudgementǁnot_applicable__mutmut_9 # type: ignore # mutmut generated
mutants_xǁJudgementǁnot_applicable__mutmut['xǁJudgementǁnot_applicable__mutmut_10'] = Judgement.xǁJudgementǁnot_applicable__mutmut_10 # type: ignore # mutmut generated

mutants_xǁJudgementǁ_close__mutmut['_mutmut_orig'] = Judgement.xǁJudgementǁ_close__mutmut_orig # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_1'] = Judgement.xǁJudgementǁ_close__mutmut_1 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_2'] = Judgement.xǁJudgementǁ_close__mutmut_2 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_3'] = Judgement.xǁJudgementǁ_close__mutmut_3 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_4'] = Judgement.xǁJudgementǁ_close__mutmut_4 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_5'] = Judgement.xǁJudgementǁ_close__mutmut_5 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_6'] = Judgement.xǁJudgementǁ_close__mutmut_6 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_7'] = Judgement.xǁJudgementǁ_close__mutmut_7 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_8'] = Judgement.xǁJudgementǁ_close__mutmut_8 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_9'] = Judgement.xǁJudgementǁ_close__mutmut_9 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_10'] = Judgement.xǁJudgementǁ_close__mutmut_10 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_11'] = Judgement.xǁJudgementǁ_close__mutmut_11 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_12'] = Judgement.xǁJudgementǁ_close__mutmut_12 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_13'] = Judgement.xǁJudgementǁ_close__mutmut_13 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_14'] = Judgement.xǁJudgementǁ_close__mutmut_14 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_15'] = Judgement.xǁJudgementǁ_close__mutmut_15 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_16'] = Judgement.xǁJudgementǁ_close__mutmut_16 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_17'] = Judgement.xǁJudgementǁ_close__mutmut_17 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_18'] = Judgement.xǁJudgementǁ_close__mutmut_18 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_19'] = Judgement.xǁJudgementǁ_close__mutmut_19 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_20'] = Judgement.xǁJudgementǁ_close__mutmut_20 # type: ignore # mutmut generated
mutants_xǁJudgementǁ_close__mutmut['xǁJudgementǁ_close__mutmut_21'] = Judgement.xǁJudgementǁ_close__mutmut_21 # type: ignore # mutmut generated
mutants_x__params__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__params__mutmut)
def _params(params: dict[str, Any]) -> dict[str, JsonValue]:
    return {k: as_json(v) for k, v in params.items()}


def x__params__mutmut_orig(params: dict[str, Any]) -> dict[str, JsonValue]:
    return {k: as_json(v) for k, v in params.items()}


def x__params__mutmut_1(params: dict[str, Any]) -> dict[str, JsonValue]:
    return {k: as_json(None) for k, v in params.items()}

mutants_x__params__mutmut['_mutmut_orig'] = x__params__mutmut_orig # type: ignore # mutmut generated
mutants_x__params__mutmut['x__params__mutmut_1'] = x__params__mutmut_1 # type: ignore # mutmut generated
