"""No verdict on nothing: every place of every recording (a value, a list, an object) emptied in
turn, and every claim that judges that observation judged again. No judge raises; none still
passes while a fact read the emptied place (what its facts read changed). A place the format
refuses empty (a name, an address, a rule) never reaches a judge, and is not walked further."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import fields

# emptied places after which a passing verdict is right though its facts changed, and why: by a
# pattern of the walk's finding (its place's name, its empty value)
EXEMPT_WHERE = {
    r": S-[A-Z]+-\d+ still \w+ with busybox\d\.netns = None$": "a namespace not entered is an observation "
    "of its own (a rootless engine's, from outside): the judges then read the bridge's new ports, and say so",
    r": D-GWM-1 still \w+ with networks\.routed\.host_port = None$": "no host port named in inspect: there "
    "is no host port to try, which the claim judges only where inspect names one",
}
EXEMPT = {
    "docker-20.10/reachability: D-REACH-4 still documented with loopback.read = ''": "before 28.0 the "
    "loopback port is documented as unprotected: whatever the outside got is what Docker documents",
    "docker-20.10-live-restore/upgrade: U-USER-1 still conforms with before.theirs[0].restart = ''": "an "
    "empty restart policy is the engine's own way of saying none, and with live-restore every container "
    "runs on, whatever its policy",
}


@pytest.mark.parametrize(
    ("folder", "name"), fields.recordings(), ids=[f"{f.name}/{n}" for f, n in fields.recordings()]
)
def test_no_judge_raises_or_passes_on_an_emptied_place(folder: Path, name: str):
    found = [f"{folder.name}/{name}: {problem}" for problem in fields.emptied_walk(folder, name)]
    assert [f for f in found if f not in EXEMPT and not any(re.search(p, f) for p in EXEMPT_WHERE)] == []
    stale = [e for e in EXEMPT if e.startswith(f"{folder.name}/{name}: ") and e not in found]
    assert stale == []  # an exemption the walk no longer finds: the walk can still find these


def test_every_recorded_engine_is_judged_with_its_profile():
    assert {folder.name for folder, _ in fields.recordings()} == set(fields.ENGINES)
