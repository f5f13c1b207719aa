"""A recording's fields, one at a time: every place in an observation's JSON (a leaf, a list, an
object), the same observation with that one place emptied or changed, and the claims that read it.

The emptied-field walk (`tests/judges/test_emptied.py`) and the field controls
(`tests/helpers/field_controls.py`) are built on it."""

from __future__ import annotations

import json
import string
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.configured import derive
from docker_conformance.conformance.core.profile import Profile, documented
from docker_conformance.conformance.core.verdict import Verdict
from docker_conformance.conformance.model import store

Path_ = tuple[str | int, ...]
RECORDED = Path(__file__).resolve().parent.parent / "recorded"
# each recorded result set's engine, as a real run's profile takes it: product, version, mode, backend
# (a result set recorded with `--profile daemon` is judged by its recorded configuration: CONFIGURED)
CONFIGURED = {"docker-20.10-ipv6"}
ENGINES = {
    "docker-20.10-ipv6": ("Docker Engine", "20.10.24", "rootful", "iptables"),
    "docker-20.10": ("Docker Engine", "20.10.24", "rootful", "iptables"),
    "docker-20.10-live-restore": ("Docker Engine", "20.10.24", "rootful", "iptables"),
    "docker-28.5": ("Docker Engine", "28.5.2", "rootful", "iptables"),
    "docker-29.7": ("Docker Engine", "29.7.2", "rootful", "iptables"),
    "docker-29.7-nftables": ("Docker Engine", "29.7.2", "rootful", "nftables"),
    "podman-4.3": ("Podman", "4.3.1", "rootful", "iptables"),
    "podman-5.4": ("Podman", "5.4.2", "rootful", "nftables"),
}


def profile_of(folder: Path) -> Profile:
    """The profile a real run judges the engine of the result set in `folder` with."""
    base = documented().for_engine(*ENGINES[folder.name])
    if folder.name in CONFIGURED:
        return derive(base, store.load(folder, "configuration"), {})
    return base


def recordings() -> list[tuple[Path, str]]:
    """Every recorded observation: (its result set's folder, its name)."""
    return sorted(
        (p.parent.parent, p.stem)
        for p in RECORDED.glob("*/observations/*.json")
        if p.stem in store.OBSERVATIONS
    )


@cache
def raw(folder: Path, name: str) -> str:
    return (folder / store.FOLDER / f"{name}.json").read_text()


@cache
def observation(folder: Path, name_: str) -> Any:
    """The recorded observation `name_` of the result set in `folder`."""
    return load(name_, json.loads(raw(folder, name_)))


def claims_of(name: str) -> list[str]:
    """The claims that judge the observation `name`."""
    return [c.id for c in registry.claims().values() if c.observes == name]


def places(data: Any, at: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    """Every place in `data`, outermost first: objects and lists, then what they hold."""
    if at:
        yield at, data
    if isinstance(data, dict):
        for key, value in data.items():
            yield from places(value, (*at, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from places(value, (*at, index))


def name(at: Path_) -> str:
    """`links[3].address`: a place as a reader writes it."""
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in at).lstrip(".")


def emptied(value: Any) -> list[Any]:
    """The empty values of a place's kind: "", 0; [] or {}, and None (an object or a list not seen
    at all, where the format allows it); None for a boolean."""
    if isinstance(value, bool) or value is None:
        return [None]
    if isinstance(value, list | dict):
        return [type(value)(), None]
    return [type(value)()]


def _other_char(c: str) -> str:
    for alphabet in (string.digits, "abcdef", string.ascii_lowercase, string.ascii_uppercase):
        if c in alphabet:
            return alphabet[(alphabet.index(c) + 1) % len(alphabet)]
    return "x" if c != "x" else "y"


def changed(value: Any) -> list[Any]:
    """A place's value changed the smallest ways that keep its kind: a character of a string (a
    digit for a digit, a hex letter for a hex letter), a number by one, a boolean flipped, a list
    without its last item or with its first twice, an object without one of its keys."""
    if isinstance(value, bool):
        return [not value]
    if isinstance(value, int | float):
        return [value + 1]
    if isinstance(value, str):
        return [value[:-1] + _other_char(value[-1])] if value else ["x"]
    if isinstance(value, list):
        return [value[:-1], [value[0], *value]] if value else []
    return []


def put(data: Any, at: Path_, value: Any) -> Any:
    """A copy of `data` with `value` at `at` (the rest shared, not copied)."""
    if not at:
        return value
    head, rest = at[0], at[1:]
    if isinstance(data, list):
        copy = list(data)
        copy[head] = put(data[head], rest, value)  # type: ignore[index]
        return copy
    return {**data, head: put(data[head], rest, value)}


def load(name_: str, data: Any) -> Any | None:
    """The observation `data` describes, or None when its format refuses it."""
    try:
        return store.loads(name_, json.dumps(data))
    except ValueError:
        return None


def read(verdict: Verdict) -> list[str]:
    """What a verdict's facts read, as comparable text: each fact's key, the values its label names
    and what it observed (not its words)."""
    facts = ([f.key, f.params, f.observed] for f in verdict.facts)
    return sorted(json.dumps(fact, sort_keys=True, default=str) for fact in facts)


def varied(name_: str, data: Any, how: Callable[[Any], list[Any]]) -> Iterator[tuple[Path_, Any, Any]]:
    """Each place of observation `name_`'s `data` given each value `how` makes of it, in turn:
    (the place, the value, the observation), where the format takes it (one it refuses never
    reaches a judge)."""
    for at, new in ((at, n) for at, value in places(data) for n in how(value)):
        if (observation := load(name_, put(data, at, new))) is not None:
            yield at, new, observation


def emptied_walk(folder: Path, name_: str) -> list[str]:
    """Each place of the recording emptied in turn, every claim that judges it judged again: what
    raised, and what still passed though a fact read the emptied place (its facts changed)."""
    profile, data = profile_of(folder), json.loads(raw(folder, name_))
    before = {c: registry.judge(c, load(name_, data), profile) for c in claims_of(name_)}
    found = []
    for at, empty, observation in varied(name_, data, emptied):
        for claim, unchanged in before.items():
            try:
                verdict = registry.judge(claim, observation, profile)
            except Exception as exc:  # what the walk looks for: a judge that raises
                found.append(f"{claim} raised on {name(at)} = {empty!r}: {exc!r}")
                continue
            if unchanged.passed and verdict.passed and read(verdict) != read(unchanged):
                found.append(f"{claim} still {verdict.status.value} with {name(at)} = {empty!r}")
    return found
