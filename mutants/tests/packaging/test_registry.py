"""The registry is the single list of claims: everything else derives from it, and agrees with it."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from docker_conformance.conformance import test_claims
from docker_conformance.conformance.catalog import terminal as i18n
from docker_conformance.conformance.core import declaration, registry
from docker_conformance.conformance.core.profile import documented, from_file
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.model import store
from docker_conformance.conformance.outputs import claimsdoc
from tests.conftest import DOCKER_20_10
from tests.helpers.runner import ROOT, suite_argv


def test_the_recorded_run_passes_every_claim(observations):
    """Positive control: the recorded Docker 20.10 run passes every claim, as it did live."""
    profile = documented().for_engine("Docker Engine", observations["seed"].engine.version)
    verdicts = {c.id: c.judge(observations[c.observes], profile) for c in registry.claims().values()}
    # D-V6-6 is about a default bridge configured for IPv6, which this engine's is not; the
    # gateway modes (D-GWM-*) came with 27.0 and later; the recorded upgrade ran without live-restore
    unjudged = {"D-V6-6", "D-GWM-1", "D-GWM-2", "D-GWM-3", "D-GWM-4", "U-LIVE-1"}
    assert {c: v.status for c, v in verdicts.items() if not v.passed} == dict.fromkeys(
        unjudged, Status.NOT_APPLICABLE
    )
    passing = {Status.CONFORMS, Status.DOCUMENTED, Status.NOT_APPLICABLE}
    assert {v.status for v in verdicts.values()} <= passing


def test_one_module_collects_every_claim_grouped_by_its_observation():
    """The checks sit in one module (`conformance/test_claims.py`), one test per claim, marked with
    its section and grouped for xdist by the observation it judges."""
    assert [p.name for p in (ROOT / "conformance").rglob("test_*.py")] == ["test_claims.py"]
    params = test_claims.test_claim.pytestmark[0].args[1]
    assert [p.id for p in params] == list(registry.claims())
    for param in params:
        claim = param.values[0]
        marks = {m.name: m.args for m in param.marks}
        assert marks == {claim.section: (), "xdist_group": (claim.observes,)}


def test_a_claim_declared_in_the_wrong_module_is_refused():
    with pytest.raises(ValueError, match=r"its module builtins declares no family BR"):
        declaration.claim("S-BR-9", observes="seed")(print)
    with pytest.raises(ValueError, match="not a claim ID"):
        declaration.claim("X-1", observes="seed")


def test_a_family_has_one_feature_and_a_feature_one_korean_name():
    registry.claims()
    with pytest.raises(ValueError, match=r"family BR: .* names it 'the bridge'"):
        declaration.family("docker_conformance.conformance.judges.other", "BR", "the bridge", "브리지")
    with pytest.raises(ValueError, match="feature 'docker0' has two Korean names"):
        declaration.family("docker_conformance.conformance.judges.other", "NEWCODE", "docker0", "도커0")


def test_a_new_family_is_declared_in_its_judge_module_and_sorts_last():
    """A family no earlier module knows is declared where its claims are, and sorts after the rest."""
    registry.claims()
    declaration.family("docker_conformance.conformance.judges.example", "EXAMPLE", "An example", "예시")
    try:
        assert list(registry.families())[-1] == "EXAMPLE"
        assert i18n.feature("ko", "An example") == "예시"
    finally:
        declaration.FAMILIES.pop("EXAMPLE")


def test_a_declaration_without_its_fields_is_refused():
    with pytest.raises(ValueError, match="lacks Documented, By hand, Title"):
        declaration.parse_declaration("S-BR-9", "The claim, and nothing else.")


@pytest.mark.parametrize("name", sorted(store.OBSERVATIONS))
def test_every_observation_serialises_and_reloads(observations, name):
    """Recorded by the suite itself (tests/recorded/README.md), and stable through JSON."""
    assert name in observations, f"{name} is not recorded in {DOCKER_20_10}"
    assert store.loads(name, store.dumps(name, observations[name])) == observations[name]


def test_the_claims_document_is_fresh():
    """docs/claims.md and docs/claims.json are what the registry generates now."""
    assert claimsdoc.stale() == [], "regenerate: python -m docker_conformance.conformance.outputs.claimsdoc"


def test_a_stale_claims_document_is_caught(tmp_path):
    assert claimsdoc.main(["--out", str(tmp_path)]) == 0
    assert claimsdoc.main(["--check", "--out", str(tmp_path)]) == 0
    (tmp_path / "claims.md").write_text((tmp_path / "claims.md").read_text().replace("S-BR-1", "S-BR-X"))
    assert claimsdoc.main(["--check", "--out", str(tmp_path)]) == 1


def test_titles_and_documented_values_show_the_profile(tmp_path):
    path = tmp_path / "jumbo.toml"
    path.write_text("[bridge]\nmtu = 9000\n[container]\nmtu = 9000\n")
    profile = from_file(path)
    assert "MTU 9000" in registry.render(registry.get("S-BR-2").title, profile)
    assert "MTU 9000" in registry.render(registry.get("S-VETH-2").expects, profile)


def test_judges_diff_report_and_topology_import_without_docker_or_pyroute2():
    blocked = "import sys; sys.modules['docker'] = sys.modules['pyroute2'] = None; "
    modules = ", ".join(
        f"docker_conformance.conformance.{m}"
        for m in ("judges", "outputs.diff", "outputs.report", "outputs.topology")
    )
    result = subprocess.run(
        [sys.executable, "-c", blocked + f"import {modules}; import docker"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert "ModuleNotFoundError: import of docker halted" in result.stderr, result.stderr


DOCUMENTS = ["README.md", *(f"docs/{p.name}" for p in sorted((ROOT / "docs").glob("*.md")))]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_path_and_command_a_document_names_exists(document):
    """The README and each document in docs/ name only files, tox environments and modules that
    exist, and nothing a user of the project does not have."""
    text = (ROOT / document).read_text()
    folders = "conformance|docker_conformance|fixtures|tests|bench|docs|\\.ci"
    named = set(re.findall(rf"`((?:{folders})/[\w./-]*)`", text))
    assert [p for p in sorted(named) if not (ROOT / p.split("::")[0]).exists()] == []
    envs = set(re.findall(r"^\[testenv:([\w-]+)\]", (ROOT / "tox.ini").read_text(), re.MULTILINE))
    assert set(re.findall(r"tox -e ([\w-]+)", text)) <= envs
    modules = set(re.findall(r"python -m ([\w.]+)", text)) - {"pip", "pytest"}
    assert [m for m in sorted(modules) if importlib.util.find_spec(m) is None] == []
    assert ".." + "/shared" not in text  # a user of the project has no such folder


def test_the_readme_is_a_door():
    """At most 250 lines, and it names the two commands and the document for each reader."""
    readme = (ROOT / "README.md").read_text()
    assert len(readme.splitlines()) <= 250
    assert "tox -e conformance" in readme
    assert all(
        f"docs/{name}" in readme for name in ("ci.md", "operating.md", "learners.md", "contributing.md")
    )


@pytest.mark.engine
def test_every_claim_is_a_test_named_by_its_id(tmp_path):
    listed = subprocess.run(
        suite_argv("--collect-only", reports=tmp_path), cwd=ROOT, capture_output=True, text=True
    )
    ids = re.findall(r"test_claim\[([SDU]-[A-Z0-9]+-\d+)\]", listed.stdout)
    # the U-* claims are collected only with an upgrade's observation (`upgrade after`)
    collected = list(registry.of_a_run())
    assert sorted(ids) == sorted(collected), listed.stdout


@pytest.mark.engine
@pytest.mark.parametrize("claim", ["S-VETH-4", "S-BR-1", "D-HOST-1", "D-INT-1"])
def test_k_selects_exactly_one_claim(tmp_path, claim):
    listed = subprocess.run(
        suite_argv("--collect-only", "-k", claim, reports=tmp_path),
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert re.findall(r"test_claim\[([^\]]+)\]", listed.stdout) == [claim], listed.stdout


def test_no_source_file_outside_tests_is_over_300_lines():
    long = {
        str(p.relative_to(ROOT)): n
        for folder in ("conformance", "fixtures", "observe", "engines", "bench")
        for p in Path(ROOT, folder).rglob("*.py")
        if (n := len(p.read_text().splitlines())) > 300 and p.parent.name != "catalog"
    }
    assert long == {}  # a catalog is one language's words, an entry a line: it is as long as they are


def test_listing_needs_no_engine(tmp_path):
    """`pytest --collect-only -k ID` and `docker-conformance list` connect to nothing."""
    nowhere = {**os.environ, "DOCKER_HOST": f"unix://{tmp_path}/no-engine.sock"}
    listed = subprocess.run(
        suite_argv("--collect-only", "-k", "S-VETH-4", reports=tmp_path),
        cwd=ROOT, env=nowhere, capture_output=True, text=True,
    )  # fmt: skip
    assert listed.returncode == 0, listed.stdout
    assert re.findall(r"test_claim\[([^\]]+)\]", listed.stdout) == ["S-VETH-4"]
    claims = subprocess.run(
        [sys.executable, "-m", "docker_conformance", "list"],
        cwd=ROOT,
        env=nowhere,
        capture_output=True,
        text=True,
    )
    assert claims.returncode == 0, claims.stderr
    assert [line.split()[0] for line in claims.stdout.splitlines()] == list(registry.claims())
