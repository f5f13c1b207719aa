"""The fleet at scale: each node's compact result (its bytes measured), the merge and the Allure
results drawn from it, a re-run of only what failed, bounded runs with their progress."""

from __future__ import annotations

import base64
import io
import json
import subprocess
import sys
import tarfile
import threading
import time
from dataclasses import asdict
from pathlib import Path

import pytest

from docker_conformance.conformance.core import summary_v1
from docker_conformance.conformance.core.summary import ClaimRecord
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.outputs import compact, fleet_allure, fleet_merge
from docker_conformance.conformance.outputs.fleet_merge import HostResult
from docker_conformance.fleet import hosts as fleet_hosts
from docker_conformance.fleet.progress import Progress
from docker_conformance.fleet.swarm import Selection
from tests.conftest import RECORDED
from tests.helpers.runner import ROOT

TARGET = 8 * 1024  # bytes a conforming node may send


def _payload(summary: dict) -> bytes:
    """What fleet-task.sh prints for a node: its compact summary.json, tar+gzip, then base64."""
    data = json.dumps(compact.compact(summary), separators=(",", ":")).encode()
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w:gz") as tar:
        member = tarfile.TarInfo("summary.json")
        member.size = len(data)
        tar.addfile(member, io.BytesIO(data))
    return base64.b64encode(archive.getvalue())


@pytest.mark.parametrize("recorded", ["docker-20.10", "docker-28.5"])
def test_a_conforming_node_sends_8_kb_or_less(recorded, judged_20_10):
    """A node's compact result, as this version writes it (Docker 20.10's recorded observations
    judged again), and as version 1 wrote it (28.5's recorded summary.json)."""
    if recorded == "docker-20.10":
        summary = json.loads(json.dumps(asdict(judged_20_10)))
    else:
        summary = json.loads((RECORDED / recorded / "summary.json").read_text())
    sent = _payload(summary)
    assert len(sent) <= TARGET, len(sent)
    full = len(json.dumps(summary))
    print(f"{recorded}: {len(sent)} bytes through the logs (its summary.json alone: {full})")


def test_a_failing_node_keeps_each_failing_claim_s_whole_record():
    summary = summary_v1.current(json.loads((RECORDED / "mutant-bip" / "summary.json").read_text()))
    kept = compact.compact(summary)
    assert kept["compact"] is True
    for claim, record in summary["claims"].items():
        if record["verdict"] == "conforms":
            assert kept["claims"][claim] == {"claim": claim, "verdict": "conforms", "passed": True}
        else:
            assert ClaimRecord.read(kept["claims"][claim]) == ClaimRecord.read(record), claim
            assert "by_hand" in kept["claims"][claim]
    assert kept["engine"] == summary["engine"]
    assert kept["configuration"] == summary["configuration"]
    print(f"mutant-bip: {len(_payload(summary))} bytes through the logs")


def _compact_host(tmp: Path, name: str, recorded: str, broken: str = "", unjudged: str = "") -> HostResult:
    summary = summary_v1.current(json.loads((RECORDED / recorded / "summary.json").read_text()))
    if broken:
        mtu = {"key": "mtu", "expected": 1500, "observed": 1450, "holds": False, "profile_key": "bridge.mtu"}
        summary["claims"][broken] |= {"verdict": "fails", "passed": False, "facts": [mtu], "notes": []}
    if unjudged:
        why = [{"code": "ipv6_unavailable", "params": {"why": "no IPv6"}}]
        unseen = {"verdict": Status.NOT_APPLICABLE, "passed": False, "notes": [], "unjudged": why}
        summary["claims"][unjudged] |= unseen
    folder = tmp / "hosts" / name
    folder.mkdir(parents=True)
    (folder / "summary.json").write_text(json.dumps(compact.compact(summary)))
    return HostResult(name, folder, payload=len(_payload(summary)))


def test_compact_hosts_merge_with_their_bytes_and_allure_results_drawn_from_the_registry(tmp_path):
    results = [
        _compact_host(tmp_path, "a", "docker-20.10"),
        _compact_host(tmp_path, "b", "docker-20.10", broken="S-BR-2", unjudged="S-BR-1"),
    ]
    merged = fleet_merge.merge(results, tmp_path / "out")
    assert fleet_merge.failing(merged) == {"a": [], "b": ["S-BR-2"]}
    assert "nodes sent" in fleet_merge.payloads(merged)
    assert "(sent " in (tmp_path / "out" / "fleet.md").read_text()
    allure = [json.loads(p.read_text()) for p in (tmp_path / "out" / "allure-results").glob("*-result.json")]
    by = {(next(lb["value"] for lb in e["labels"] if lb["name"] == "host"), e["fullName"]): e for e in allure}
    failed = by[("b", "conformance.S-BR-2")]
    assert failed["status"] == "failed"
    assert "MTU: expected 1500, saw 1450" in failed["statusDetails"]["message"]
    assert by[("a", "conformance.S-BR-2")]["status"] == "passed"
    assert {lb["name"] for lb in failed["labels"]} >= {"feature", "story", "claim", "host", "parentSuite"}
    skipped = [e for e in allure if e["status"] == "skipped"]
    assert skipped
    assert all("not applicable" in e["statusDetails"]["message"] for e in skipped)
    assert not [e for e in allure if e["status"] == "broken"]


def test_drawn_results_say_broken_for_a_verdict_this_version_does_not_know():
    entries = list(fleet_allure.drawn({"claims": {"S-BR-1": {"verdict": "??", "passed": False}}}))
    assert entries[0][1]["status"] == "broken"


def _fleet_json(tmp: Path) -> Path:
    """A fleet of three --hosts engines: a conforms, b fails S-BR-2, c was silent."""
    results = [
        _compact_host(tmp, "a", "docker-20.10"),
        _compact_host(tmp, "b", "docker-20.10", broken="S-BR-2"),
        HostResult("c", None, "its run ended with exit 10", url="unix:///nonexistent/c.sock"),
    ]
    results = [HostResult(r.host, r.folder, r.reason, url=f"unix:///nonexistent/{r.host}.sock")
               for r in results]  # fmt: skip
    fleet_merge.merge(results, tmp)
    return tmp / "fleet.json"


def test_a_rerun_picks_the_failing_and_the_silent_hosts_and_their_failed_claims(tmp_path):
    before = json.loads(_fleet_json(tmp_path).read_text())
    assert fleet_merge.to_rerun(before) == ["b", "c"]
    assert fleet_merge.claims_to_rerun(before, ["b", "c"]) == ["S-BR-2"]


def test_a_rerun_fills_in_the_claims_it_did_not_run_and_carries_the_other_hosts(tmp_path):
    before = json.loads(_fleet_json(tmp_path).read_text())
    folder = tmp_path / "again" / "b"
    folder.mkdir(parents=True)
    fixed = {"S-BR-2": {"claim": "S-BR-2", "verdict": "conforms", "passed": True}}
    (folder / "summary.json").write_text(json.dumps({"schema_version": 2, "engine": {}, "claims": fixed}))
    result = HostResult("b", folder)
    fleet_merge.fill_in(result, before["hosts"]["b"])
    filled = json.loads((folder / "summary.json").read_text())["claims"]
    assert list(filled) == list(before["hosts"]["b"]["claims"])
    assert filled["S-BR-2"]["passed"]
    elsewhere = tmp_path / "elsewhere"  # the fleet.json moved: a's folder is written anew
    carried = fleet_merge.carried(before, "a", elsewhere)
    assert carried.reported
    written = json.loads((carried.folder / "summary.json").read_text())
    assert written["claims"] == before["hosts"]["a"]["claims"]
    rerun = {"from": "x/fleet.json", "hosts": ["b"], "claims": ["S-BR-2"], "keyword": ""}
    merged = fleet_merge.merge([carried, result], tmp_path / "out", rerun)
    text = (tmp_path / "out" / "fleet.md").read_text()
    assert "Re-run of 1 host(s) that failed or were silent in x/fleet.json (b), for S-BR-2" in text
    assert fleet_merge.exit_status(merged) == 0


def _fleet(*args: str) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "docker_conformance.fleet", *args]
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_fleet_rerun_runs_only_the_hosts_that_failed_or_were_silent_and_merges(tmp_path):
    """The --hosts fleet re-run: b and c run again (their engines are gone: both silent now, each
    with its run's own paragraph); a is carried over untouched."""
    path = _fleet_json(tmp_path)
    a_summary = (tmp_path / "hosts" / "a" / "summary.json").read_text()
    done = _fleet("--rerun", str(path), "-k")
    assert done.returncode == 1, done.stdout + done.stderr
    merged = json.loads(path.read_text())
    assert merged["rerun"] == {"from": str(path), "hosts": ["b", "c"], "claims": ["S-BR-2"], "keyword": ""}
    assert (tmp_path / "hosts" / "a" / "summary.json").read_text() == a_summary
    assert merged["hosts"]["a"]["reported"]
    for host in ("b", "c"):
        assert not merged["hosts"][host]["reported"]
        assert "exit 10" in merged["hosts"][host]["reason"], merged["hosts"][host]
    assert done.stdout.startswith("Re-run of 2 host(s)")
    assert "Traceback" not in done.stderr


def test_fleet_rerun_of_no_fleet_json_is_exit_29_with_its_paragraph(tmp_path):
    (tmp_path / "fleet.json").write_text("[]")
    for path in (tmp_path / "missing.json", tmp_path / "fleet.json"):
        done = _fleet("--rerun", str(path))
        assert done.returncode == 29, done.stderr
        assert done.stderr.startswith(f"docker-conformance: --rerun {path}: ")
    done = _fleet("-k")
    assert done.returncode == 2
    assert "-k without an expression narrows a re-run" in done.stderr


def test_hosts_run_at_most_parallel_at_a_time_and_each_is_told_as_it_ends(monkeypatch, tmp_path):
    running, most, lock = [0], [0], threading.Lock()

    def run_one(name, url, _folder, timeout, extra=()):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.05)
        with lock:
            running[0] -= 1
        return HostResult(name, None, f"{url} {timeout} {extra}")

    monkeypatch.setattr(fleet_hosts, "run_one", run_one)
    told = []
    names = {f"h{i}": f"tcp://198.51.100.{i}:2375" for i in range(10)}
    results = fleet_hosts.run_hosts(names, tmp_path, 7, ("-k", "S-BR-1"), parallel=3, done=told.append)
    assert most[0] == 3
    assert [r.host for r in results] == list(names)  # in the order given
    assert sorted(r.host for r in told) == sorted(names)
    assert results[0].reason == "tcp://198.51.100.0:2375 7 ('-k', 'S-BR-1')"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_counts_done_failing_and_silent_on_a_terminal_only(tmp_path):
    failing = _compact_host(tmp_path, "b", "docker-20.10", broken="S-BR-2")
    shown = _Terminal()
    progress = Progress(3, shown)
    progress.host(failing)
    progress.host(HostResult("c", None, "down"))
    assert shown.getvalue().endswith("hosts: 2/3 done, 1 failing, 1 silent")
    progress.tasks(4, 9)
    assert shown.getvalue().endswith("nodes: 4/9 tasks ended")
    piped = io.StringIO()
    Progress(3, piped).host(failing)
    assert piped.getvalue() == ""


def test_a_swarm_rerun_excludes_the_other_nodes_by_constraint():
    nodes = [{"ID": f"id{i}", "Description": {"Hostname": f"node{i}"}} for i in (1, 2, 3)]
    selection = Selection({"zone": "a"}, frozenset({"node3"}), ("-k", "S-BR-1"), full=True)
    assert selection.constraints(nodes) == ["node.labels.zone==a", "node.id!=id1", "node.id!=id2"]
    assert "DCF_FULL=1" in selection.env()
    assert Selection().constraints(nodes) == []
    assert "DCF_FULL=1" not in Selection().env()
