"""The HTML report (Allure 3), opened from disk (file://) in headless Chromium: one index.html.

A seed run with a deliberate deviation (a profile expecting docker0 MTU 9000) gives one failed
claim; the report must show the claim families and that claim's expected vs observed.
"""

from __future__ import annotations

import pytest

from docker_conformance.conformance.outputs import report
from tests.helpers.browser import ALLURE, CHROMIUM, chromium, failed_result, opened
from tests.helpers.runner import ROOT, run_suite

pytestmark = [
    pytest.mark.engine,
    pytest.mark.skipif(not CHROMIUM, reason="no chromium (apt-get install chromium)"),
    pytest.mark.skipif(not ALLURE, reason="no allure command line (run `tox -e report` once, or set ALLURE)"),
]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A deviating seed run's HTML report; yields (its URL on disk, report dir)."""
    work = tmp_path_factory.mktemp("html")
    profile = work / "jumbo.toml"
    profile.write_text("[bridge]\nmtu = 9000\n")
    result = run_suite(
        "-m",
        "seed",
        "--profile",
        str(profile),
        "--alluredir",
        str(work / "allure-results"),
        "--clean-alluredir",
        reports=work,
    )
    assert result.returncode == 1, result.stdout
    assert report.main(["--reports", str(work), "--allure", ALLURE]) == 0
    html = work / "allure-report"
    assert sorted(p.name for p in html.iterdir() if p.suffix == ".html") == ["index.html"]
    return opened(html), html


def test_report_groups_by_claim_family(served, tmp_path):
    base, _ = served
    assert base.startswith("file://")
    families = ("Installing Docker", "docker0", "The bridge network", "veth pairs", "Topology")
    dom = chromium("--dump-dom", base, profile_dir=tmp_path)
    for family in families:
        assert f">{family}<" in dom, family


def test_failed_claim_detail_shows_expected_and_observed(served, tmp_path):
    base, html = served
    page = f"{base}#{failed_result(html)}"
    dom = chromium("--dump-dom", page, profile_dir=tmp_path)
    assert "S-BR-2 fails: MTU: expected 9000, saw 1500" in dom
    assert "by hand: ip link show docker0" in dom
    shot = ROOT / "reports" / "browser-failed-claim.png"
    shot.parent.mkdir(exist_ok=True)
    chromium("--window-size=1400,900", f"--screenshot={shot}", page, profile_dir=tmp_path)
    assert shot.stat().st_size > 10_000
