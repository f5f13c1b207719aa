"""summary.json has a version and a JSON Schema shipped with the package: every result set the
suite writes validates against it (here, and after every run of the suite in the self-tests:
`tests/helpers/runner.py`), and a deviating one does not. It stores codes (the verdict, who observed, the
privilege a claim lacked); words are display only, and no code reads them."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from docker_conformance.conformance import catalog
from docker_conformance.conformance.core import schema
from docker_conformance.conformance.core.errors import ExitStatus, SuiteError
from docker_conformance.conformance.core.summary import ClaimRecord, Summary
from docker_conformance.conformance.core.verdict import Fact, Note, Status
from docker_conformance.fixtures import reporting, scenarios
from tests.conftest import RECORDED
from tests.helpers.runner import ROOT

MTU_FAILS = ClaimRecord(
    "S-BR-2", Status.FAILS, False, (Fact("mtu", 1500, 1450, False, profile_key="bridge.mtu"),)
)
VALIDATOR = Draft202012Validator(schema.shipped())


def errors(document: dict) -> list[str]:
    """What the schema of the document's own version finds wrong with it (this version's, unless it
    names an earlier one that is shipped)."""
    version = document.get("schema_version")
    validator = Draft202012Validator(schema.shipped(version)) if version == 1 else VALIDATOR
    return [error.message for error in validator.iter_errors(document)]


def test_the_shipped_schema_is_the_summary_s_own():
    assert schema.main(["--check"]) == 0
    Draft202012Validator.check_schema(schema.shipped())


@pytest.mark.parametrize("recorded", sorted(p.parent.name for p in RECORDED.glob("*/summary.json")))
def test_every_recorded_result_set_validates(recorded):
    assert errors(json.loads((RECORDED / recorded / "summary.json").read_text())) == []


def test_a_written_summary_carries_its_version_and_validates(tmp_path: Path):
    written = Summary.of([MTU_FAILS]).save(tmp_path / "s.json")
    document = json.loads(written.read_text())
    assert document["schema_version"] == 2
    assert errors(document) == []
    fact = document["claims"]["S-BR-2"]["facts"][0]
    assert fact == {
        "key": "mtu", "expected": 1500, "observed": 1450, "holds": False, "params": {},
        "profile_key": "bridge.mtu", "documented": None, "setting": None, "change": None,
        "baseline": "seed", "volatile": False,
    }  # fmt: skip
    stored = written.read_text()
    assert "[ok ]" not in stored
    assert "[BAD]" not in stored
    assert "_ko" not in stored


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda d: d["claims"]["S-BR-1"].update(verdict="looks fine"), "is not one of"),
        (lambda d: d["claims"]["S-BR-1"].update(verdict="not applicable"), "is not one of"),
        (lambda d: d["claims"]["S-BR-1"].pop("passed"), "'passed' is a required property"),
        (lambda d: d.update(schema_version=3), "2 was expected"),
        (
            lambda d: d["claims"]["S-BR-1"].update(facts=["[ok ] MTU: expected 1500, observed 1500"]),
            "is not of type 'object'",
        ),
        (lambda d: d.pop("claims"), "'claims' is a required property"),
    ],
    ids=[
        "words of its own",
        "a verdict in its words",
        "no passed",
        "another version",
        "a fact in words",
        "no claims",
    ],
)
def test_a_deviating_summary_does_not_validate(tmp_path: Path, change, said):
    written = Summary.of([ClaimRecord("S-BR-1", "conforms", True)]).save(tmp_path / "s.json")
    good = json.loads(written.read_text())
    bad = copy.deepcopy(good)
    change(bad)
    assert any(said in message for message in errors(bad)), errors(bad)


# the words a reader sees, beyond the codes themselves: no module but their own holds them as a
# string (a verdict's, not even inside another string: a pattern over a message)
VERDICTS = sorted({w for lang in catalog.LANGS for w in catalog.words(lang, "STATUS").values()} - set(Status))
SENTENCES = sorted(
    {*VERDICTS, *(w for lang in catalog.LANGS for w in catalog.words(lang, "OBSERVERS").values())}
)


def test_no_code_reads_a_verdict_or_an_observer_by_its_words():
    """Only the catalogs hold a verdict's or an observer's words: everything else keys on the codes
    (summary.json, the fleet, the diff, explain, the exit status, the observer)."""
    sources = [
        p
        for top in ("conformance", "docker_conformance", "fixtures")
        for p in (ROOT / top).rglob("*.py")
        if p.parent != ROOT / "conformance" / "catalog"
    ]
    found = {
        f"{p.relative_to(ROOT)}: {words}"
        for p in sources
        for text in [p.read_text()]
        for words in SENTENCES
        if f'"{words}"' in text
        or f"'{words}'" in text
        or (words in VERDICTS and len(words.split()) > 2 and words in text)
    }
    assert found == set()
    assert len(SENTENCES) >= 10


def test_the_exit_status_is_never_read_from_words():
    """A check's exit status comes from the error that stopped it (a report's property), never from
    a pattern over its text, in either language."""
    plugin = "".join(p.read_text() for p in (ROOT / "fixtures").glob("*.py"))
    assert "exit status|" not in plugin
    assert "종료 상태" not in plugin


def test_what_root_could_judge_is_read_from_the_record_s_privilege_not_its_reason():
    said = (Note("skipped", {"why": "no CAP_SYS_ADMIN, it says"}),)
    lacked = ClaimRecord("S-VETH-1", Status.NOT_APPLICABLE, True, unjudged=said, needs="CAP_SYS_ADMIN")
    worded = ClaimRecord("S-VETH-1", Status.NOT_APPLICABLE, True, unjudged=said)
    assert len(Summary.of([lacked]).unjudged()) == 2  # the skipped claims, and how root judges them
    assert len(Summary.of([worded]).unjudged()) == 1


def test_a_check_s_exit_status_is_the_suite_error_behind_its_failure():
    stopped = SuiteError("the engine went away", ExitStatus.ENGINE_LOST)
    with pytest.raises(pytest.fail.Exception) as failed:
        scenarios.fail(stopped, "ko")
    assert reporting._stopped_by(failed.value) is stopped
    assert reporting._stopped_by(ValueError("no suite error")) is None
