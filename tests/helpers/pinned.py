"""Every verdict the self-tests make from the recordings, pinned as data: each claim on each
recording, each negative control's deviating verdict, and each place of a recording emptied, and
changed, in turn.

A judge's change shows as a change of a pinned verdict (`tests/judges/test_pinned.py`): its facts
(key, expected, observed, holds, the values its label names, the setting or documented change
behind it), its notes and the observation it names as missing, its evidence (by digest) and its
by-hand command. A change meant is written with `python -m tests.helpers.pinned`, and reviewed in
the diff of `tests/judges/pinned/`. The same data kills a mutant of the judges that changes what
a verdict says without changing whether it passes (`tox -e mutants`)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from functools import cache, partial
from pathlib import Path
from typing import Any

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Verdict
from tests.helpers import field_controls as fc
from tests.helpers import fields, states
from tests.helpers.controls import CASES, LATER

FOLDER = Path(__file__).resolve().parent.parent / "judges" / "pinned"


def as_data(verdict: Verdict) -> dict[str, Any]:
    """The verdict as JSON data; each piece of evidence by its digest (the texts are the recording's)."""
    data = dataclasses.asdict(verdict)
    data["evidence"] = {k: hashlib.sha256(t.encode()).hexdigest()[:16] for k, t in verdict.evidence.items()}
    return json.loads(json.dumps(data, default=str))


def brief(verdict: Verdict) -> dict[str, Any]:
    """What a varied place changes: the verdict, its notes, and which facts failed."""
    data = as_data(verdict)
    kept = {k: data[k] for k in ("status", "notes", "unjudged", "needs")}
    return kept | {"failed": [f.id for f in verdict.facts if not f.holds]}


Case = Callable[[], Any]  # one verdict's data (or a walk's), computed when called


def _recorded(folder: Path, name: str, claim: str) -> dict[str, Any]:
    return as_data(registry.judge(claim, fields.observation(folder, name), fields.profile_of(folder)))


def recorded() -> dict[str, Case]:
    """Each claim on each recording, judged with the profile a real run judges its engine with."""
    return {
        f"{folder.name} {claim}": partial(_recorded, folder, name, claim)
        for folder, name in fields.recordings()
        for claim in fields.claims_of(name)
    }


def _deviated(claim: str, deviate: Callable[[Any], Any], folder: Path, profile: Profile) -> dict[str, Any]:
    observed = fields.observation(folder, registry.get(claim).observes)
    return as_data(registry.judge(claim, deviate(observed), profile))


def _field_control(control: dict[str, Any]) -> dict[str, Any]:
    return as_data(fc.judge_changed(control)[1])


def controls() -> dict[str, Case]:
    """Each negative control's deviating verdict: hand-written, a later version's, one changed place."""
    found: dict[str, Case] = {
        name: partial(_deviated, claim, deviate, folder, profile)
        for name, (claim, deviate, _, folder, profile) in CASES.items()
    }
    for name, (claim, _, folder, _, later) in LATER.items():
        found[f"{name} (as documented later)"] = partial(_deviated, claim, lambda o: o, folder, later)
    for control in fc.load():
        name = f"{control['claim']} {control['fact']} ({control['folder']} {control['observation']})"
        found[name] = partial(_field_control, control)
    return found


@cache
def walked() -> dict[str, list[Path]]:
    """Each observation's Docker recordings: the ones whose places are walked (Podman's
    are judged too, in `recorded`, but reach fewer of the judges' paths)."""
    found: dict[str, list[Path]] = {}
    for folder, name in fields.recordings():
        if fields.ENGINES[folder.name][0] == "Docker Engine":
            found.setdefault(name, []).append(folder)
    return dict(sorted(found.items()))


# how each place of a recording is varied: emptied ("", 0, [], {}, None), or changed the smallest
# ways that keep its kind (a character, a number by one, a flag flipped, a list shortened)
WALKS: dict[str, Callable[[Any], list[Any]]] = {"emptied": fields.emptied, "changed": fields.changed}


def walk(how: str, name: str, claim: str) -> dict[str, Any]:
    """Each place of observation `name`, in each Docker recording, varied in turn (`WALKS[how]`):
    where `claim`'s verdict changed, what it became."""
    found = {}
    for folder in walked()[name]:
        data, profile = json.loads(fields.raw(folder, name)), fields.profile_of(folder)
        before = as_data(registry.judge(claim, fields.load(name, data), profile))
        for at, new, observation in fields.varied(name, data, WALKS[how]):
            verdict = registry.judge(claim, observation, profile)
            if as_data(verdict) != before:
                found[f"{folder.name} {fields.name(at)} = {json.dumps(new)}"] = brief(verdict)
    return found


def in_state(state: states.State) -> dict[str, Any]:
    """Each claim whose verdict the state changes, or must leave as it was: its verdict."""
    return {
        claim: as_data(now)
        for claim, (was, now) in state.judged().items()
        if claim in state.holds or as_data(now) != as_data(was)
    }


@cache
def cases() -> dict[str, dict[str, Case]]:
    """Every pinned verdict's case, by group (a file of `FOLDER`) and key."""
    groups = {"recorded": recorded(), "controls": controls()}
    groups["states"] = {name: partial(in_state, state) for name, state in states.STATES.items()}
    for how, name in ((how, name) for how in WALKS for name in walked()):
        groups[f"{how}-{name}"] = {claim: partial(walk, how, name, claim) for claim in fields.claims_of(name)}
    return groups


@cache
def pinned(group: str) -> dict[str, Any]:
    path = FOLDER / f"{group}.json"
    return json.loads(path.read_text()) if path.exists() else {}


def differences(pinned_: dict[str, Any], now: dict[str, Any], most: int = 3) -> str:
    """The keys whose data changed, appeared or vanished, with the first few in full."""
    changed = sorted(k for k in pinned_.keys() | now.keys() if pinned_.get(k) != now.get(k))

    def line(data: Any) -> str:
        return json.dumps(data, sort_keys=True, ensure_ascii=False)

    shown = [f"{k}:\n  pinned: {line(pinned_.get(k))}\n  now:    {line(now.get(k))}" for k in changed[:most]]
    return "\n".join([f"{len(changed)} changed: {changed[:20]}", *shown])


def write() -> None:
    """Pin every verdict as the judges make it now (review the diff before committing it)."""
    FOLDER.mkdir(exist_ok=True)
    for old in FOLDER.glob("*.json"):
        old.unlink()
    for group, found in cases().items():
        data = {key: case() for key, case in found.items()}
        text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False)
        (FOLDER / f"{group}.json").write_text(text + "\n")


if __name__ == "__main__":
    write()
