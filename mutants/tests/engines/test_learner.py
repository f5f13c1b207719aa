"""The learner mode: every claim in both languages, the Korean table and `--explain` quoting the
seed, the likely causes (each with a negative control), and a student's run as a user in the
`docker` group (through the engine, and with that turned off)."""

from __future__ import annotations

import dataclasses
import grp
import os
import re

import docker
import pytest

from docker_conformance import session as session_module
from docker_conformance.conformance import catalog
from docker_conformance.conformance.catalog import terminal as i18n
from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.errors import ExitStatus, SuiteError
from docker_conformance.conformance.core.profile import documented
from docker_conformance.conformance.core.summary import Summary
from docker_conformance.conformance.core.verdict import Fact, Status
from docker_conformance.conformance.model import store
from docker_conformance.conformance.model.engine import Observer
from docker_conformance.conformance.model.netns import Route
from docker_conformance.conformance.outputs.causes import likely_causes
from docker_conformance.conformance.outputs.explain import explain
from docker_conformance.engines.users import run_as, user
from docker_conformance.observe.engine import DEFAULT_SOCKET, Engine
from docker_conformance.observe.ownership import LABEL, Run
from tests.helpers.runner import ROOT

RECORDED = ROOT / "tests" / "recorded" / "docker-20.10"
HANGUL = re.compile(r"[가-힣]")


def _summary(fail: str = "", engine: dict[str, str] | None = None, **failed: object) -> Summary:
    """The recorded Docker 20.10 run, with claim `fail` failing on the profile keys `failed` (each
    observed as its value)."""
    summary = Summary.load(RECORDED / "summary.json")
    claims = dict(summary.claims)
    if fail:
        facts = tuple(
            Fact(key, documented().value(key), seen, False, profile_key=key) for key, seen in failed.items()
        )
        claims[fail] = dataclasses.replace(
            claims[fail], verdict=Status.FAILS, passed=False, facts=facts, notes=(), unjudged=()
        )
    return dataclasses.replace(summary, claims=claims, engine={**summary.engine, **(engine or {})})


def _host(*routes: Route):
    host = store.load(RECORDED, "seed").before.host
    return dataclasses.replace(host, routes=(*host.routes, *routes))


def _causes(summary: Summary, host=None) -> list[str]:
    return [cause.id for cause in likely_causes(summary, host or _host())]


def test_every_claim_family_and_verdict_speaks_both_languages():
    for claim in registry.claims().values():
        assert HANGUL.search(claim.text_ko), claim.id
        assert HANGUL.search(claim.title_ko), claim.id
        assert set(re.findall(r"\{[^}]+\}", claim.title)) == set(re.findall(r"\{[^}]+\}", claim.title_ko)), (
            claim.id
        )
        assert HANGUL.search(i18n.feature("ko", claim.feature)) or claim.feature in ("docker0", "IPv6")
    for lang in catalog.LANGS:
        assert set(catalog.words(lang, "STATUS")) == set(Status)
        assert set(catalog.words(lang, "OBSERVERS")) == set(Observer)


def test_the_korean_table_and_explain_quote_the_seed_beside_what_was_seen():
    summary = _summary("S-BR-2", **{"bridge.mtu": 1450})
    table = summary.table("ko")
    assert table[4].startswith("S-BR-2      실패")
    assert "docker0의 링크 속성." in table[4]
    assert "S-BR-1      준수" in table[3]
    assert "문서대로" in table[3]
    heading, lines = explain(summary, "ko")[0]
    assert heading == "S-BR-2 설명"
    assert "블로그(seed) 원문: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500" in lines[1]
    assert "직접 확인하는 명령: ip link show docker0" in lines
    assert explain(summary, "ko")[-1] == (
        "가능한 원인",
        ["눈에 띄는 원인은 없다. 관찰한 것과 블로그(seed)의 출력을 비교해 보자."],
    )


def test_a_claim_beyond_the_seed_says_where_it_comes_from():
    _, lines = explain(_summary("D-PORT-1"), "ko")[0]
    assert lines[1] == "출처: Docker 공식 문서 (블로그(seed)에는 없는 내용)"


@pytest.mark.parametrize(
    ("cause", "summary", "host"),
    [
        ("docker-desktop", _summary("S-VETH-3", {"engine.operating_system": "Docker Desktop"}), None),
        ("docker-desktop", _summary("S-VETH-3", {"engine.kernel": "6.10.14-linuxkit"}), None),
        ("rootless", _summary("D-HAIRPIN-1", {"engine.mode": "rootless"}), None),
        ("old-engine", _summary("D-HOSTS-1", {"engine.version": "19.03.15"}), None),
        (
            "subnet-taken",
            _summary("S-BR-1", **{"bridge.gateway": "172.18.0.1"}),
            _host(Route("172.16.0.0/12", None, "tun0", "link")),
        ),
        ("daemon-json", _summary("S-BR-1", **{"bridge.gateway": "10.99.0.1"}), None),
        ("daemon-json", _summary("S-VETH-2", **{"container.mtu": 1400}), None),
    ],
)
def test_each_likely_cause_is_named_on_its_evidence_and_only_then(cause, summary, host):
    named = _causes(summary, host)
    assert named == [cause]
    explained = dict(explain(summary, "en", likely_causes(summary, host or _host())))
    assert explained["Likely causes"][0].startswith("- ")
    assert "(evidence: " in explained["Likely causes"][0]
    ko = dict(explain(summary, "ko", likely_causes(summary, host or _host())))
    assert "(근거: " in ko["가능한 원인"][0]


def test_without_evidence_no_cause_is_named():
    assert _causes(_summary("S-BR-2")) == []  # a failure, but nothing points anywhere
    assert _causes(_summary("S-BR-1", **{"bridge.mac": "06:11:22:33:44:55"})) == []  # no daemon.json key
    assert _causes(_summary(engine={"engine.mode": "rootless"})) == []  # nothing failed
    assert _causes(_summary("S-BR-1", {"engine.version": "20.10.24"})) == []


def student() -> None:
    try:
        grp.getgrnam("docker")
    except KeyError:
        pytest.skip("no docker group here")
    user("dcf-student", "docker")


@pytest.mark.engine
@pytest.mark.root
@pytest.mark.skipif(os.geteuid() != 0, reason="making the student's account needs root")
def test_a_student_in_the_docker_group_gets_every_claim_judged_through_the_engine(tmp_path):
    """`tox -e conformance` as a user in the docker group, no root and no sudo: the suite
    observes through the engine (a helper container), says so and as whom, and judges every
    claim; nothing it made is left behind."""
    student()
    result = run_as("dcf-student", docker_host=DEFAULT_SOCKET, reports=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = Summary.load(tmp_path / "summary.json")
    assert summary.engine["engine.observed_by"] == Observer.THROUGH
    assert summary.engine["engine.user"].startswith("dcf-student (uid ")
    assert len(summary.claims) == len(registry.of_a_run())
    # none is skipped for lack of privileges (D-V6-6 has nothing to judge on this engine)
    unjudged = {c: r.reason for c, r in summary.claims.items() if not r.applicable}
    after_it = {"D-GWM-1", "D-GWM-2", "D-GWM-3", "D-GWM-4"}  # the gateway modes came later
    assert set(unjudged) <= {"D-V6-6", *after_it}, unjudged
    assert all(r.passed for c, r in summary.claims.items() if c not in unjudged)
    announced = result.stdout.find("Membership of the docker group grants root on this host")
    assert -1 < announced < result.stdout.find("verdicts by claim")  # said before it happens
    assert f"Observed through the engine at {DEFAULT_SOCKET}: dcf-student (uid " in result.stdout
    assert "`--probe never` turns this off" in result.stdout
    assert not docker.from_env().containers.list(all=True, filters={"label": f"{LABEL}={summary.run}"})


@pytest.mark.engine
@pytest.mark.root
@pytest.mark.skipif(os.geteuid() != 0, reason="making the student's account needs root")
def test_with_probe_never_a_student_is_told_what_was_skipped_and_how_to_get_the_rest(tmp_path):
    """Turned off: every claim has a line, those this user could not judge are named, and one
    line says how to judge them too."""
    student()
    result = run_as("dcf-student", "--probe", "never", docker_host=DEFAULT_SOCKET, reports=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = Summary.load(tmp_path / "summary.json")
    assert summary.engine["engine.observed_by"] == Observer.PROCESS
    assert len(summary.claims) == len(registry.of_a_run())
    skipped = [c for c, r in summary.claims.items() if not r.applicable]
    assert "S-VETH-4" in skipped
    assert "S-BR-1" not in skipped
    assert f"Not judged here ({len(skipped)}; each says why): " in result.stdout
    assert "without `--probe never`), or run it as root (`sudo -E tox -e conformance`)." in result.stdout


def test_when_the_engine_refuses_the_helper_the_student_judges_what_it_can_and_is_told_why(monkeypatch):
    """An engine that refuses the helper container (an authorization plugin, a policy): the run
    goes on as this user alone, and the summary says why, never a traceback or a wrong verdict."""
    facts = dataclasses.replace(
        store.load(RECORDED, "seed").engine, observed_by=Observer.THROUGH, user="dcf-student (uid 1001)"
    )

    def refuse(*_args: object) -> None:
        raise SuiteError("the probe cannot start: refused by policy", ExitStatus.PROBE_CANNOT_START)

    monkeypatch.setattr(session_module, "run_helper", refuse)
    engine, probed = session_module.through_engine(Engine(client=None, facts=facts), Run(), "image")
    assert (engine.facts.observed_by, probed) == (Observer.PROCESS, "")
    assert "CAP_SYS_ADMIN" in engine.facts.refused_needs  # structured: what the helper was refused
    summary = dataclasses.replace(_summary(), engine=engine.facts.environment())
    assert summary.observer() == [
        "The engine refused the helper container, so dcf-student (uid 1001) judged only what it "
        "could: the probe cannot start: refused by policy"
    ]
    assert HANGUL.search(summary.observer("ko")[0])
