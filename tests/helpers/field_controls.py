"""The field controls: for every fact no hand-written control makes fail, one change of one place of
a recording (`fields.changed`) that does, found by walking every place of every control recording.
They are data (`field_controls.json`), checked by `tests/judges/test_every_fact.py`; made again with

    python -m tests.helpers.field_controls

after a judge or a recording changed (the self-test names any control that no longer fails)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Status, Verdict
from docker_conformance.conformance.model import store
from tests.helpers import fields
from tests.helpers import mutate as m
from tests.helpers.controls import CASES, LATER, SOURCES

FILE = Path(__file__).with_name("field_controls.json")
PASSING = (Status.CONFORMS, Status.DOCUMENTED, Status.DEVIATES)
FAILING = (Status.FAILS, Status.INCONSISTENT)
Fact = tuple[str, str]  # (claim, the fact's key)


def recordings() -> Iterator[tuple[Path, Profile]]:
    """Each recording a control changes, with the profile its engine is judged by, once."""
    seen: set[Path] = set()
    for _, folder, profile in SOURCES:
        if folder not in seen:
            seen.add(folder)
            yield folder, profile


def baseline(folder: Path, profile: Profile) -> dict[str, Verdict]:
    """Every claim that passes on the recording in `folder`, with its verdict."""
    found = {}
    for name in store.OBSERVATIONS:
        if not (folder / store.FOLDER / f"{name}.json").exists():
            continue
        observation = store.load(folder, name)
        for claim in fields.claims_of(name):
            verdict = registry.judge(claim, observation, profile)
            if verdict.status in PASSING:
                found[claim] = verdict
    return found


def facts() -> set[Fact]:
    """Every fact a claim holds on a control recording: the facts every control must reach."""
    return {
        (c, f.key)
        for folder, profile in recordings()
        for c, v in baseline(folder, profile).items()
        for f in v.facts
    }


def hand_covered() -> set[Fact]:
    """The facts a hand-written control makes fail, with another observed value than before."""
    found = set()
    for claim, deviate, _, folder, profile in CASES.values():
        name = registry.get(claim).observes
        before = registry.judge(claim, store.load(folder, name), profile)
        after = registry.judge(claim, deviate(store.load(folder, name)), profile)
        if before.status in PASSING and after.status in FAILING:
            found |= {(claim, f.key) for f in after.facts if not f.holds and m.changed_fact(f, before)}
    for claim, _, folder, own, later in LATER.values():
        before = registry.judge(claim, store.load(folder, registry.get(claim).observes), own)
        after = registry.judge(claim, store.load(folder, registry.get(claim).observes), later)
        expected = {f.id: f.expected for f in before.facts}
        found |= {(claim, f.key) for f in after.facts if not f.holds and expected.get(f.id) != f.expected}
    return found


def judge_changed(control: dict[str, Any]) -> tuple[Verdict, Verdict]:
    """A field control's claim on its recording, unchanged and with its one place changed."""
    folder = fields.RECORDED / control["folder"]
    profile = dict(recordings())[folder]
    data = json.loads(fields.raw(folder, control["observation"]))
    changed = fields.load(control["observation"], fields.put(data, tuple(control["place"]), control["value"]))
    assert changed is not None, f"the format refuses {control}"
    before = registry.judge(control["claim"], fields.load(control["observation"], data), profile)
    return before, registry.judge(control["claim"], changed, profile)


def fails_its_fact(control: dict[str, Any]) -> bool:
    before, after = judge_changed(control)
    return (
        before.status in PASSING
        and after.status in FAILING
        and any(f.key == control["fact"] and not f.holds and m.changed_fact(f, before) for f in after.facts)
    )


def search(wanted: set[Fact]) -> list[dict[str, Any]]:
    """For each wanted fact, the first change of one place of a control recording that makes it fail."""
    found: dict[Fact, dict[str, Any]] = {}
    for folder, profile in recordings():
        passing = baseline(folder, profile)
        for name in store.OBSERVATIONS:
            claims = [c for c in fields.claims_of(name) if c in passing and any(w[0] == c for w in wanted)]
            if not claims or not (folder / store.FOLDER / f"{name}.json").exists():
                continue
            data = json.loads(fields.raw(folder, name))
            for at, new, observation in fields.varied(name, data, fields.changed):
                for claim in claims:
                    try:
                        after = registry.judge(claim, observation, profile)
                    except Exception as exc:  # a judge that raises: named, to be mended
                        raise RuntimeError(f"{claim} raised on {fields.name(at)} = {new!r}") from exc
                    if after.status not in FAILING:
                        continue
                    for fact in (f for f in after.facts if not f.holds):
                        key = (claim, fact.key)
                        if key in wanted and key not in found and m.changed_fact(fact, passing[claim]):
                            where = {"folder": folder.name, "observation": name, "place": list(at)}
                            found[key] = {"claim": claim, "fact": fact.key, **where, "value": new}
    return sorted(found.values(), key=lambda c: (c["claim"], c["fact"]))


def load() -> list[dict[str, Any]]:
    return json.loads(FILE.read_text())


def main() -> None:
    wanted = facts() - hand_covered()
    controls = search(wanted)
    FILE.write_text(json.dumps(controls, indent=1) + "\n")
    left = sorted(wanted - {(c["claim"], c["fact"]) for c in controls})
    print(f"{len(controls)} field controls for {len(wanted)} facts no hand-written control reaches")
    print(f"left: {left}")


if __name__ == "__main__":
    main()
