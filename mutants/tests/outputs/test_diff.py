"""The upgrade diff on recorded result sets (Docker 20.10.24 and 28.5.2, this machine)."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import pytest

from docker_conformance.conformance.core.errors import ExitStatus
from docker_conformance.conformance.core.summary import ClaimRecord, Summary
from docker_conformance.conformance.core.verdict import Fact, Status
from docker_conformance.conformance.outputs import diff
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
    fact = Fact("name_2", "veth.*", name, True, {"name": name}, profile_key="container.veth_name")
    return Summary(claims={"S-VETH-3": ClaimRecord("S-VETH-3", Status.CONFORMS, True, (fact,))})


def test_volatile_names_are_not_changes():
    assert diff.compare(_veth_run("vethab12cd3"), _veth_run("veth9f00e1a")) == []


def test_a_version_1_result_set_reads_against_a_version_2_one(judged_20_10):
    """diff reads a result set written before facts were data: its labels are read back into the
    catalog's keys, so the same engine judged again by today's judges changes nothing but the facts
    whose meaning moved since (S-EGRESS-1's capture: the device the packets were seen on, where it
    was whether they were; D-LIFE-1: whether docker0 stays once its last port left, where it was
    judged only when it did not)."""
    old = Summary.load(RECORDED / "docker-20.10" / "summary.json")
    assert json.loads((RECORDED / "docker-20.10" / "summary.json").read_text())["schema_version"] == 1
    new = judged_20_10
    assert new.schema_version == 2
    assert list(new.claims) == list(old.claims)
    moved_since = {
        "S-EGRESS-1": ("packets_seen_on", "docker0"),
        "D-LIFE-1": ("once_last_port_left", "present"),
    }
    changes = diff.compare(old, new)
    assert {c.claim: [(m.fact.split("[")[0], m.after) for m in c.values] for c in changes} == {
        claim: [fact] for claim, fact in moved_since.items()
    }
    assert all(c.before is c.after is Status.CONFORMS for c in changes)
    new = replace(new, claims={**new.claims, **{c: old.claims[c] for c in moved_since}})
    moved = replace(new, claims={**new.claims, "S-BR-2": _mtu(new.claims["S-BR-2"], 1450)})
    [change] = diff.compare(old, moved)
    assert (change.claim, change.after, [(m.fact, m.before, m.after) for m in change.values]) == (
        "S-BR-2",
        Status.FAILS,
        [("mtu", 1500, 1450)],
    )


def _mtu(record: ClaimRecord, mtu: int) -> ClaimRecord:
    facts = tuple(replace(f, observed=mtu, holds=False) if f.key == "mtu" else f for f in record.facts)
    return replace(record, verdict=Status.FAILS, passed=False, facts=facts)


def _rules(*rules: str, verdict: Status = Status.CONFORMS) -> Summary:
    fact = Fact("table_rules_naming_bridge", list(rules), list(rules), True, {"table": "filter"},
                profile_key="firewall.filter", baseline="docs")  # fmt: skip
    return Summary(claims={"D-FW-2": ClaimRecord("D-FW-2", verdict, True, (fact,))})


def test_a_set_valued_fact_shows_what_was_added_and_what_removed():
    kept = "-A FORWARD -j DOCKER-USER"
    before = _rules(kept, "-A DOCKER -i {bridge} -j RETURN")
    after = _rules(kept, "-N DOCKER-INTERNAL")
    [change] = diff.compare(before, after)
    [moved] = change.values
    assert (moved.added, moved.removed) == (["-N DOCKER-INTERNAL"], ["-A DOCKER -i {bridge} -j RETURN"])
    row = next(line for line in diff.markdown(before, after, [change]).splitlines() if "D-FW-2" in line)
    assert "added -N DOCKER-INTERNAL" in row
    assert "removed -A DOCKER -i {bridge} -j RETURN" in row
    assert kept not in row  # what both have is not listed


def _mac(mac: str, verdict: Status) -> Summary:
    fact = Fact("mac", "02:42:ac:11:00:02", mac, True, {"role": "busybox1"}, profile_key="container.mac",
                volatile=True)  # fmt: skip
    return Summary(claims={"S-IPAM-5": ClaimRecord("S-IPAM-5", verdict, True, (fact,))})


def test_a_value_random_by_design_is_a_change_only_where_its_claim_s_verdict_is():
    assert (
        diff.compare(_mac("02:42:ac:11:00:02", Status.CONFORMS), _mac("5a:1e:00:00:00:01", Status.CONFORMS))
        == []
    )
    [change] = diff.compare(
        _mac("02:42:ac:11:00:02", Status.CONFORMS), _mac("5a:1e:00:00:00:01", Status.DOCUMENTED)
    )
    assert [m.after for m in change.values] == ["5a:1e:00:00:00:01"]


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
