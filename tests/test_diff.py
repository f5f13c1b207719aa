"""The upgrade diff on recorded result sets (Docker 20.10.24 and 28.5.2, this machine)."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import pytest

from conformance import diff
from conformance.errors import ExitStatus
from conformance.summary import ClaimRecord, Summary
from tests.conftest import RECORDED


@pytest.fixture
def runs(tmp_path):
    """Two result folders laid out as `tox -e conformance` writes them."""
    folders = {}
    for name in ("20.10", "28.5"):
        folder = tmp_path / name
        folder.mkdir()
        shutil.copy(RECORDED / f"docker-{name}" / "summary.json", folder / "summary.json")
        folders[name] = folder
    return folders


def test_upgrade_names_the_documented_changes(runs, tmp_path):
    out = tmp_path / "out"
    assert diff.main([str(runs["20.10"]), str(runs["28.5"]), "--out", str(out)]) == 0
    report = json.loads((out / "diff.json").read_text())
    assert report["before"].endswith("20.10.24+dfsg1")
    assert report["after"].endswith("28.5.2+dfsg4")
    changed = {c["claim"] for c in report["changes"]}
    assert {"S-BR-3", "S-IPAM-5"} <= changed
    assert not any(c["regressed"] for c in report["changes"])
    markdown = (out / "diff.md").read_text()
    assert "| S-IPAM-5 | conforms | differs as documented for this engine version" in markdown
    assert "'02:42:ac:11:00:02' → " in markdown


def test_the_same_run_twice_changes_nothing(runs):
    assert diff.compare(*(Summary.load(runs["20.10"] / "summary.json"),) * 2) == []


def test_a_regression_sets_the_exit_status(runs):
    summary = Summary.load(runs["28.5"] / "summary.json")
    summary.claims["S-PING-1"] = replace(summary.claims["S-PING-1"], passed=False, verdict="fails")
    summary.save(runs["28.5"] / "summary.json")
    assert diff.main([str(runs["20.10"]), str(runs["28.5"])]) == 1
    regressed = [c for c in json.loads((runs["28.5"] / "diff.json").read_text())["changes"] if c["regressed"]]
    assert [c["claim"] for c in regressed] == ["S-PING-1"]


def _veth_run(name: str) -> Summary:
    record = ClaimRecord("S-VETH-3", "conforms", True, "", values={f"{name} name": repr(name)})
    return Summary(claims={"S-VETH-3": record})


def test_volatile_names_are_not_changes():
    assert diff.compare(_veth_run("vethab12cd3"), _veth_run("veth9f00e1a")) == []


def test_unreadable_run(tmp_path, capsys):
    assert diff.main([str(tmp_path / "missing"), str(tmp_path)]) == ExitStatus.NO_RUN
    assert "cannot read" in capsys.readouterr().err


def test_the_packet_filters_facts_are_named_when_they_change():
    """The firewall backend and br_netfilter are engine facts the upgrade diff names."""
    a = Summary.load(RECORDED / "docker-20.10" / "summary.json")
    before = replace(a, engine={**a.engine, "firewall.iptables": "iptables-legacy", "engine.netns": "x"})
    after = replace(a, engine={**a.engine, "firewall.iptables": "iptables-nft", "engine.netns": "y"})
    assert diff.facts(before, after) == {"firewall.iptables": ("iptables-legacy", "iptables-nft")}
    assert "| firewall.iptables | iptables-legacy | iptables-nft |" in diff.markdown(before, after, [])
