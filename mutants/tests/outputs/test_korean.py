"""Learner output in Korean: every fact, note and reason a judge gives is a key of the catalogs,
each of which has every key in its language, and `--lang ko --explain` on failing claims prints no
English sentence outside quoted values, commands and claim IDs."""

from __future__ import annotations

import ast
import dataclasses
import os
import re
import subprocess
import sys

import pytest

from docker_conformance.conformance import catalog
from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.errors import ExitStatus
from docker_conformance.conformance.core.summary import ClaimRecord, Summary
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.model import store
from docker_conformance.conformance.outputs.causes import likely_causes
from docker_conformance.conformance.outputs.explain import explain
from tests.conftest import RECORDED
from tests.helpers.controls import CASES
from tests.helpers.runner import ROOT, run_suite

HANGUL = re.compile(r"[가-힣]")
FACTS = {"fact", "expect", "exactly", "includes"}  # a fact: its label's key first
SAID = {"note", "cannot_judge"}  # a sentence: its code first
# what may stay as it is in Korean output: quoted values, commands, claim IDs
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`|\b[SDU]-[A-Z0-9]+-\d+\b")
ENGLISH = re.compile(r"\b[A-Za-z][a-z]+(?:[ ,;:]+[a-z]+){3,}\b")  # four English words in a row


def _keys(node: ast.expr) -> list[str]:
    """The catalog keys a judge's first argument names: a literal, or either branch of a choice."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _keys(node.body) + _keys(node.orelse)
    return []


def _calls() -> list[tuple[str, str, ast.expr]]:
    """Each judge call that names a catalog key: (where, its table, the argument naming it)."""
    found = []
    for path in sorted((ROOT / "conformance" / "judges").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in FACTS:
                found.append((f"{path.name}:{node.lineno}", "FACTS", node.args[0]))
            elif name == "_exactly":  # D-FW-2's helper: the judgement, then the key
                found.append((f"{path.name}:{node.lineno}", "FACTS", node.args[1]))
            elif name == "tried_again":  # the U-* claims' helper: the judgement, the upgrade, what, the key
                found.append((f"{path.name}:{node.lineno}", "FACTS", node.args[3]))
            elif name in SAID or name == "Unobservable":
                found.append((f"{path.name}:{node.lineno}", "NOTES", node.args[0]))
    return found


_HELPER = ("firewall.py", "shared.py")  # `_exactly`, `tried_again`: they hand their key on


def test_a_judge_writes_no_words_and_names_only_keys_every_catalog_has():
    """A judge gives a catalog key and values, never words (no `ko=`, no sentence): each key it names
    is in the English catalog, and every catalog has every key English has, in its own language."""
    calls = _calls()
    assert len(calls) > 250
    judges = "".join(p.read_text() for p in (ROOT / "conformance" / "judges").glob("*.py"))
    assert "ko=" not in judges
    named = [(where, table, key) for where, table, given in calls for key in _keys(given)]
    assert [where for where, _, given in calls if not _keys(given) and not where.startswith(_HELPER)] == []
    assert [(w, k) for w, table, k in named if k not in catalog.words("en", table)] == []
    for lang in catalog.LANGS:
        for table in ("STATUS", "BASELINES", "TOLD", "LINE", "REASONS", "OBSERVERS", "SPANS", "LISTS",
                      "FACTS", "NOTES", "WORDS", "CLI"):  # fmt: skip
            assert set(vars(catalog.book(lang))[table]) == set(catalog.words("en", table)), (lang, table)
    worded = {**catalog.words("ko", "FACTS"), **catalog.words("ko", "NOTES")}
    placeholders = {"skipped", "v1_reason", "fact_not_judged"}  # a value or another sentence, as it is
    assert [k for k, text in worded.items() if k not in placeholders and not HANGUL.search(text)] == []
    unused = set(catalog.words("en", "FACTS")) - {k for _, table, k in named if table == "FACTS"}
    assert unused == set()  # a label no judge gives is dead
    labels = list(catalog.words("en", "FACTS").values())
    assert sorted({x for x in labels if labels.count(x) > 1}) == []  # a version-1 label reads back to one key


@pytest.fixture(scope="module")
def failing() -> Summary:
    """Every negative control's verdict, as one run's summary: every claim fails somewhere."""
    records = []
    for claim_id, deviate, _, folder, profile in CASES.values():
        claim = registry.get(claim_id)
        verdict = claim.judge(deviate(store.load(folder, claim.observes)), profile)
        records.append(ClaimRecord.of(verdict))
    return Summary.of(records)


def test_every_fact_and_reason_of_a_failing_verdict_has_its_korean(failing):
    failed = [r for r in failing.claims.values() if r.failed]
    assert len(failed) > 40
    for record in failed:
        assert HANGUL.search(record.reason_in("ko")), (record.claim, record.reason)
        for line in record.facts_in("ko"):
            label = line.split("] ", 1)[1].split(": 기대값 ", 1)[0]
            assert HANGUL.search(label), line


def test_korean_explain_of_failing_claims_has_no_english_sentence(failing):
    """`--lang ko --explain`: the claim, the verdict, what was seen and the likely causes, in
    Korean; only the seed's own quoted output and the by-hand commands stay as they are."""
    engine = {"engine.version": "19.03.0", "engine.mode": "rootless"}  # causes, named in Korean
    summary = dataclasses.replace(failing, engine=engine)
    sections = explain(summary, "ko", likely_causes(summary))
    assert len(sections[-1][1]) >= 3  # rootless, an old engine, a changed configuration
    english = [
        line
        for _, lines in sections
        for line in lines
        if not line.startswith(("블로그(seed) 원문:", "직접 확인하는 명령:"))
        and ENGLISH.search(QUOTED.sub("", line))
    ]
    assert english == []
    in_english = [line for _, lines in explain(summary, "en") for line in lines if ENGLISH.search(line)]
    assert len(in_english) > 40  # the detector's negative control: English is found where it is


def test_the_english_reason_is_unchanged_by_the_korean(failing):
    """English output (summary.json's reason and facts, the upgrade diff's values) is as before."""
    record = failing.claims["S-BR-1"]
    assert record.verdict == Status.FAILS
    assert record.reason.startswith("IPv4 addresses: expected ['172.17.0.1/16'], saw ['172.18.0.1/16']")
    assert record.facts_in()[0].startswith("[")


def test_an_exit_paragraph_is_in_korean(tmp_path):
    """`--lang ko` with no engine: the one paragraph and its status are Korean, values as they are."""
    result = run_suite("--lang", "ko", env={"DOCKER_HOST": f"unix://{tmp_path}/none.sock"}, reports=tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == int(ExitStatus.ENGINE_UNREACHABLE), output
    assert "응답하는 Docker 엔진이 없다" in output
    assert "(종료 상태 10)" in output
    assert "Traceback" not in output
    paragraph = output.split("docker-conformance: ", 1)[1]
    system_says = re.compile(r"\(\w+Error: [^)]*\)")  # the system's own words, a value
    assert not ENGLISH.search(QUOTED.sub("", system_says.sub("", paragraph))), output


def _command(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "docker_conformance", *argv], capture_output=True, text=True,
                          env={**os.environ, "LANG": "C.UTF-8", **(env or {})}, cwd=ROOT)  # fmt: skip


def test_the_command_s_own_words_are_korean_under_lang_ko(tmp_path):
    """list, explain, report and diff, and their help: in Korean with `--lang ko` (or a Korean
    locale); claim IDs, paths and commands as they are."""
    said = {
        "explain": _command("explain", "--lang", "ko", "--reports", str(tmp_path)),
        "report": _command("report", "--lang", "ko", "--reports", str(tmp_path)),
        "diff": _command("diff", "--lang", "ko", str(tmp_path), str(tmp_path)),
    }
    for name, done in said.items():
        assert done.returncode == ExitStatus.NO_RUN, (name, done.stderr)
        message = QUOTED.sub("", done.stderr.split(": ", 1)[1])
        assert HANGUL.search(message), (name, done.stderr)
    helps = [_command(name, "--lang", "ko", "--help").stdout for name in ("list", "explain", "report")]
    helps.append(_command("diff", "--lang", "ko", "--help").stdout)
    helps.append(_command("--help", env={"LANG": "ko_KR.UTF-8"}).stdout)
    for text in helps:
        assert text.startswith("사용법: docker-conformance"), text
        described = [line for line in text.splitlines() if line.startswith("  ") and "  " in line.strip()]
        assert described, text
        assert all(HANGUL.search(line) for line in described), text
    recorded = RECORDED / "docker-28.5"
    passed = _command("explain", "--lang", "ko", "--reports", str(recorded))
    assert passed.stdout.strip() == "실패한 주장이 없다."
    diff_text = _command("diff", "--lang", "ko", str(recorded), str(recorded), "--out", str(tmp_path / "d"))
    assert diff_text.stdout.endswith("판정이나 문서화된 값이 바뀐 주장이 없다.\n"), diff_text.stdout
    assert "| 주장 | 이전 | 이후 |" not in diff_text.stdout  # no change, no table
    listed = _command("list", "--lang", "ko").stdout.splitlines()
    assert len(listed) == len(registry.claims())
    assert all(HANGUL.search(line) for line in listed)


def test_a_korean_reader_s_pages_have_no_english_prose_or_header():
    """The learners' page and the claims document in Korean: commands, claim IDs, the seed's and
    the sources' quoted words, values and links stay as they are; no English sentence or header."""
    kept = re.compile(r"«[^»]*»|\([^()]*\.(?:md|png)\)|Docker [\d.]+ release notes|\{[^}]*\}")

    def prose(text: str) -> list[str]:
        return [
            line
            for line in text.splitlines()
            if not line.startswith(("```", "  ")) and ENGLISH.search(kept.sub("", QUOTED.sub("", line)))
        ]

    assert len(prose((ROOT / "docs" / "learners.md").read_text())) > 30  # the detector's control
    for name in ("learners.ko.md", "claims.ko.md"):
        text = (ROOT / "docs" / name).read_text()
        headers = [line for line in text.splitlines() if line.startswith(("#", "| ID", "| 상태", "| 판정"))]
        assert all(HANGUL.search(h) for h in headers if not h.startswith("| ID")), name
        assert prose(text) == [], name
    assert "learners.ko.md" in (ROOT / "docs" / "claims.ko.md").read_text()
    assert "docker-conformance run" in (ROOT / "docs" / "claims.ko.md").read_text()
    assert "docs/learners.ko.md" in (ROOT / "README.md").read_text().split("\n## ")[0]
