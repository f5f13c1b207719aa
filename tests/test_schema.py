"""summary.json has a version and a JSON Schema shipped with the package: every result set the
suite writes validates against it (here, and after every run of the suite in the self-tests:
`tests/runner.py`), and a deviating one does not."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from conformance import schema
from conformance.summary import ClaimRecord, Summary
from tests.conftest import RECORDED

VALIDATOR = Draft202012Validator(schema.shipped())


def errors(document: dict) -> list[str]:
    return [error.message for error in VALIDATOR.iter_errors(document)]


def test_the_shipped_schema_is_the_summary_s_own():
    assert schema.main(["--check"]) == 0
    Draft202012Validator.check_schema(schema.shipped())


@pytest.mark.parametrize("recorded", sorted(p.parent.name for p in RECORDED.glob("*/summary.json")))
def test_every_recorded_result_set_validates(recorded):
    assert errors(json.loads((RECORDED / recorded / "summary.json").read_text())) == []


def test_a_written_summary_carries_its_version_and_validates(tmp_path: Path):
    written = Summary.of([ClaimRecord("S-BR-1", "conforms", True, "as documented")]).save(tmp_path / "s.json")
    document = json.loads(written.read_text())
    assert document["schema_version"] == 1
    assert errors(document) == []


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda d: d["claims"]["S-BR-1"].update(verdict="looks fine"), "is not one of"),
        (lambda d: d["claims"]["S-BR-1"].pop("passed"), "'passed' is a required property"),
        (lambda d: d.update(schema_version=2), "1 was expected"),
        (lambda d: d.pop("claims"), "'claims' is a required property"),
    ],
    ids=["a verdict in words of its own", "no passed", "another version", "no claims"],
)
def test_a_deviating_summary_does_not_validate(tmp_path: Path, change, said):
    written = Summary.of([ClaimRecord("S-BR-1", "conforms", True, "ok")]).save(tmp_path / "s.json")
    good = json.loads(written.read_text())
    bad = copy.deepcopy(good)
    change(bad)
    assert any(said in message for message in errors(bad)), errors(bad)
