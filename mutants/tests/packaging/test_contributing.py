"""docs/contributing.md's count, proven: in a temporary copy of the project, a claim on an
existing observation takes its judge module and one negative control, plus the generated claims
documents; the self-tests refuse it until its control is there, then pass."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.runner import ROOT, checkout_copy

THROWAWAY = '''

def docker0_mtu_once_more(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A throwaway claim: docker0's MTU.

    Documented: MTU {bridge.mtu}
    Ko documented: MTU {bridge.mtu}
    By hand: ip link show docker0
    Title: {bridge.device} has MTU {bridge.mtu}
    Ko: 버리는 주장: docker0의 MTU.
    Ko title: {bridge.device}의 MTU는 {bridge.mtu}
    """
    link = seed.bridge_shot(profile.bridge.device).bridge_link(profile.bridge.device)
    j.expect("mtu", "bridge.mtu", link.mtu if link else None)


claim("S-BR-90", observes="seed", part="bridge")(docker0_mtu_once_more)
'''
CONTROL = (
    """    "S-BR-90 another MTU": ("S-BR-90", lambda s: m.host(s, "before", "docker0", mtu=1450), "MTU"),"""
    + "\n"
)
CLAIMS_DOCS = {"docs/claims.md", "docs/claims.ko.md", "docs/claims.json"}
GENERATED = {*CLAIMS_DOCS, "docs/settings.md"}  # the settings table names the claims a setting moves
CHECKS = ["tests/judges/test_controls.py", "tests/packaging/test_registry.py", "tests/outputs/test_korean.py"]


def _run(copy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, *args], cwd=copy, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def _changed(copy: Path) -> set[str]:
    """The files of the copy that differ from the project's."""
    found = set()
    for path in copy.rglob("*"):
        relative = path.relative_to(copy)
        if path.is_file() and relative.parts[0] != "reports" and "__pycache__" not in relative.parts:
            original = ROOT / relative
            if not original.exists() or not filecmp.cmp(path, original, shallow=False):
                found.add(relative.as_posix())
    return found


def test_a_claim_on_an_existing_observation_is_one_judge_and_one_control(tmp_path: Path):
    copy = checkout_copy(tmp_path / "project")
    with (copy / "conformance" / "judges" / "docker0.py").open("a") as judge:
        judge.write(THROWAWAY)
    generated = _run(copy, "-m", "docker_conformance.conformance.outputs.claimsdoc")
    assert generated.returncode == 0, generated.stderr
    pytest = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", "-n", "0"]

    listed = _run(
        copy, *pytest, "--collect-only", "--pyargs", "docker_conformance.conformance", "-k", "S-BR-90"
    )
    assert "test_claim[S-BR-90]" in listed.stdout, listed.stdout + listed.stderr
    refused = _run(copy, *pytest, *CHECKS)
    assert refused.returncode == 1, refused.stdout[-3000:]
    assert "test_every_claim_has_a_control_that_proves_itself" in refused.stdout
    assert "S-BR-90" in refused.stdout

    controls = copy / "tests" / "judges" / "test_seed_judges.py"
    text = controls.read_text()
    anchor = '    "S-BR-2 another MTU":'
    controls.write_text(text.replace(anchor, CONTROL + anchor, 1))
    passed = _run(copy, *pytest, *CHECKS)
    assert passed.returncode == 0, passed.stdout[-3000:]

    assert _changed(copy) - GENERATED == {"conformance/judges/docker0.py", "tests/judges/test_seed_judges.py"}
    assert _changed(copy) & CLAIMS_DOCS == CLAIMS_DOCS
