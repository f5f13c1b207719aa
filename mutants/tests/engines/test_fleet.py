"""The fleet: a real swarm made here, the merged report, and the merge itself.

`docker-conformance fleet --demo --demo-stopped` makes four engines of this host's dockerd, each a host
of its own, in a swarm on a benchmarking /24: node3 runs with `--bip`, node4's engine is
stopped before the run. The merged report must show node1 and node2 conforming, node3 failing
exactly the claims `--bip` breaks, and node4 not reporting, with Swarm's reason.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.errors import ExitStatus, SuiteError
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.outputs import fleet_allure, fleet_merge
from docker_conformance.conformance.outputs.fleet_merge import HostResult
from docker_conformance.fleet.demo import demo_swarm
from docker_conformance.fleet.swarm import run_swarm
from docker_conformance.observe.ownership import LABEL
from docker_conformance.observe.probe import IMAGE
from docker_conformance.observe.waiting import wait_for
from tests.helpers.broken import BROKEN_BY
from tests.helpers.browser import ALLURE, CHROMIUM, chromium, opened
from tests.helpers.runner import ROOT, first_start

RECORDED = ROOT / "tests" / "recorded"


def _host(tmp: Path, name: str, recorded: str, broken: str = "") -> HostResult:
    """A host's result set from a recording, with one claim made to fail; one Allure result."""
    folder = tmp / name
    (folder / "allure-results").mkdir(parents=True)
    summary = json.loads((RECORDED / recorded / "summary.json").read_text())
    if broken:
        summary["claims"][broken] |= {"verdict": "fails", "passed": False}
    (folder / "summary.json").write_text(json.dumps(summary))
    entry = {"uuid": "u", "historyId": "h", "testCaseId": "t", "name": "S-BR-1", "labels": []}
    (folder / "allure-results" / f"{name}-result.json").write_text(json.dumps(entry))
    (folder / "allure-results" / "environment.properties").write_text("engine.version=20.10\n")
    return HostResult(name, folder)


def test_the_merge_names_each_host_its_failures_and_the_silent_ones(tmp_path):
    results = [
        _host(tmp_path, "a", "docker-20.10"),
        _host(tmp_path, "b", "docker-28.5", broken="S-BR-2"),
        HostResult("c", None, "the node is down (heartbeat failure)"),
    ]
    merged = fleet_merge.merge(results, tmp_path / "out")
    stored = json.loads((tmp_path / "out" / "fleet.json").read_text())
    assert stored == merged
    assert set(stored["hosts"]) == {"a", "b", "c"}
    assert stored["hosts"]["b"]["claims"]["S-BR-2"]["verdict"] == "fails"
    assert stored["hosts"]["c"] == {
        "reported": False,
        "reason": "the node is down (heartbeat failure)",
        "engine": {},
        "claims": {},
    }
    assert fleet_merge.failing(merged) == {"a": [], "b": ["S-BR-2"], "c": []}
    assert fleet_merge.exit_status(merged) == 1
    lines = fleet_merge.terminal(merged)
    assert "b: FAILS 1 of 63: S-BR-2" in lines
    assert "c: DID NOT REPORT: the node is down (heartbeat failure)" in lines
    assert "- 1 host(s) silent (the node is down (heartbeat failure)): c" in lines
    b_group = [line for line in lines if line.startswith("- 1 host(s): ") and line.endswith(": b")]
    assert len(b_group) == 1
    assert "S-BR-2 fails" in b_group[0]
    assert "| S-BR-2 | conforms | FAILS |" in (tmp_path / "out" / "fleet.md").read_text()
    assert [g["hosts"] for g in merged["groups"]][-1] == ["c"]  # the silent come last
    allure = [json.loads(p.read_text()) for p in (tmp_path / "out" / "allure-results").glob("*-result.json")]
    per_host = {fleet_allure._relabel({"historyId": "h"}, host)["historyId"] for host in "ab"}
    assert {e["historyId"] for e in allure} == per_host  # two results, not one retried
    assert all({"name": "parentSuite", "value": e["name"][-2]} in e["labels"] for e in allure)
    environment = (tmp_path / "out" / "allure-results" / "environment.properties").read_text()
    assert environment == "a.engine.version=20.10\nb.engine.version=20.10\n"


def test_a_drifting_host_is_named_in_its_column_and_the_fleet_exits_26(tmp_path):
    """`--expect-config`: every node judged by one golden file; a node that runs another
    configuration is drift, setting by setting, whatever its claims say."""
    results = [_host(tmp_path, "a", "docker-20.10"), _host(tmp_path, "b", "docker-20.10")]
    drifted = "mtu: 1500 in golden.json; the engine has mtu=1450 (dockerd's command line)"
    for result, drift in zip(results, ([], [drifted]), strict=True):
        path = result.folder / "summary.json"
        summary = json.loads(path.read_text())
        summary["configuration"] = {"expected": ["golden.json"], "drift": drift}
        path.write_text(json.dumps(summary))
    merged = fleet_merge.merge(results, tmp_path / "out")
    assert fleet_merge.exit_status(merged) == 26
    assert f"b: DRIFT in 1 setting(s): {drifted}" in fleet_merge.terminal(merged)
    table = (tmp_path / "out" / "fleet.md").read_text()
    assert "| drift | 0 | 1 |" in table
    assert f"  - drift: {drifted}" in table


def test_a_fleet_of_conforming_hosts_exits_0(tmp_path):
    merged = fleet_merge.merge([_host(tmp_path, "a", "docker-20.10")], tmp_path / "out")
    assert fleet_merge.exit_status(merged) == 0


def test_folder_names_are_safe():
    assert fleet_merge.folder_name("/tmp/dcf-engine-x/docker.sock") == "tmp_dcf-engine-x_docker.sock"
    assert fleet_merge.folder_name("../..") == ".._.."
    assert fleet_merge.folder_name("node1") == "node1"


def test_a_fleet_needs_a_swarm_manager_or_a_list_of_hosts(tmp_path):
    class _NotAManager:
        def info(self) -> dict:
            return {"Swarm": {"LocalNodeState": "inactive", "ControlAvailable": False}}

    with pytest.raises(SuiteError) as stopped:
        run_swarm(_NotAManager(), tmp_path, {})  # type: ignore[arg-type]
    assert stopped.value.status == ExitStatus.NOT_A_MANAGER
    assert "not a manager of a swarm" in stopped.value.paragraph()
    assert "--hosts" in stopped.value.paragraph()


def _skip_unless_a_demo_can_be_made() -> None:
    """Skip, with the reason, where a demo swarm cannot be made."""
    if os.geteuid() != 0:
        pytest.skip("the demo swarm's namespaces need root")
    if subprocess.run(["docker", "image", "inspect", IMAGE], capture_output=True).returncode:
        pytest.skip(f"no {IMAGE} image here (tox -e image)")


@pytest.fixture(scope="module")
def swarm_run(tmp_path_factory):
    """One fleet run on a demo swarm (four nodes, node3 misconfigured, node4 stopped)."""
    _skip_unless_a_demo_can_be_made()
    out = tmp_path_factory.mktemp("fleet")
    argv = [sys.executable, "-m", "docker_conformance.fleet", "--demo", "--demo-stopped", "--out", str(out)]
    result = subprocess.run(
        [*argv, *(["--allure", ALLURE] if ALLURE else [])],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    return result, out


@pytest.mark.engine
@pytest.mark.root
def test_the_swarm_reports_every_node_and_names_the_misconfigured_and_the_stopped(swarm_run):
    result, out = swarm_run
    assert result.returncode == 1, result.stdout + result.stderr
    hosts = json.loads((out / "fleet.json").read_text())["hosts"]
    assert sorted(hosts) == ["node1", "node2", "node3", "node4"]
    for good in ("node1", "node2"):
        assert hosts[good]["reported"]
        assert len(hosts[good]["claims"]) == len(registry.of_a_run())
        # every claim passes, or has nothing to judge there (D-V6-6: no IPv6 on the default bridge)
        records = hosts[good]["claims"].values()
        assert all(r["passed"] or r["verdict"] == Status.NOT_APPLICABLE for r in records), good
    judged = {c: r for c, r in hosts["node3"]["claims"].items() if r["verdict"] != Status.NOT_APPLICABLE}
    failed = {c for c, r in judged.items() if not r["passed"]}
    assert failed == BROKEN_BY["bip"]
    assert not hosts["node4"]["reported"]
    assert "down" in hosts["node4"]["reason"]
    assert "node4: DID NOT REPORT: the node is down" in result.stdout
    assert f"node3: FAILS 8 of {len(registry.of_a_run())}" in result.stdout


@pytest.mark.engine
@pytest.mark.root
def test_each_node_sends_its_compact_result_and_its_bytes_are_stated(swarm_run):
    """A conforming node sends 8 KB or less through the logs; the report states every node's."""
    result, out = swarm_run
    hosts = json.loads((out / "fleet.json").read_text())["hosts"]
    sent = {host: hosts[host]["payload_bytes"] for host in ("node1", "node2", "node3")}
    assert all(sent[good] <= 8 * 1024 for good in ("node1", "node2")), sent
    assert "nodes sent " in result.stdout
    for host, size in sent.items():
        assert f"**{host}**: " in (out / "fleet.md").read_text()
        assert f"(sent {size:,} bytes)" in (out / "fleet.md").read_text()
    assert not (out / "hosts" / "node1" / "allure-results").exists()  # they stay on the node


@pytest.mark.engine
@pytest.mark.root
def test_a_rerun_on_the_demo_runs_only_node3_s_failed_claims_and_merges(swarm_run):
    """`--rerun FLEET.JSON -k` on the demo swarm: node1 and node2 conformed, so no task runs there
    (excluded by constraint); node4 is down again, so it gets none; node3 runs the claims it failed,
    and its record is merged into the fleet, the rest carried over."""
    _, out = swarm_run
    before = json.loads((out / "fleet.json").read_text())
    node1 = (out / "hosts" / "node1" / "summary.json").read_text()
    argv = [sys.executable, "-m", "docker_conformance.fleet", "--demo", "--demo-stopped"]
    argv += ["--rerun", str(out / "fleet.json")]
    done = subprocess.run([*argv, "-k"], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 1, done.stdout + done.stderr
    merged = json.loads((out / "fleet.json").read_text())
    assert merged["rerun"]["hosts"] == ["node3", "node4"]
    assert set(merged["rerun"]["claims"]) == BROKEN_BY["bip"]
    assert (out / "hosts" / "node1" / "summary.json").read_text() == node1
    assert merged["hosts"]["node1"] == before["hosts"]["node1"]
    node3 = merged["hosts"]["node3"]["claims"]
    assert list(node3) == list(before["hosts"]["node3"]["claims"])
    assert set(fleet_merge.failing_claims(merged["hosts"]["node3"])) == BROKEN_BY["bip"]
    assert not merged["hosts"]["node4"]["reported"]
    assert done.stdout.startswith("Re-run of 2 host(s)")


@pytest.mark.engine
@pytest.mark.root
@pytest.mark.usefixtures("swarm_run")
def test_the_demo_leaves_nothing_behind():
    links = subprocess.run(["ip", "-br", "link"], capture_output=True, text=True).stdout
    rules = subprocess.run(["iptables", "-S", "FORWARD"], capture_output=True, text=True).stdout
    assert "dcf-fleet-demo" not in rules
    bridges = [line.split()[0] for line in links.splitlines() if line.startswith("dcf")]
    assert not [name for name in bridges if name.endswith("f")]


@pytest.mark.engine
@pytest.mark.root
@pytest.mark.skipif(not (CHROMIUM and ALLURE), reason="needs chromium and the allure command line")
def test_the_merged_html_report_shows_each_group_s_host_as_a_parent_suite(swarm_run, tmp_path):
    """node1 and node2 conform alike (one group: node1 shows it, node2 is folded, and the report
    says so); node3 (--bip) is a group of its own, with its 8 claims; node4 sent no results."""
    _, out = swarm_run
    html = out / "allure-report"
    environment = (out / "allure-results" / "environment.properties").read_text()
    assert "fleet.folded=1 host(s) not shown" in environment
    merged = json.loads((out / "fleet.json").read_text())
    node3 = next(g for g in merged["groups"] if g["hosts"] == ["node3"])
    assert sum(v == "fails" for v in node3["claims"].values()) == 8
    assert any("198." in json.dumps(why) for why in node3["explained_by"].values())  # its observed addresses
    dom = chromium("--dump-dom", opened(html), profile_dir=tmp_path)  # the tree: hosts first
    for host in ("node1", "node3"):
        assert f">{host}<" in dom, host
    assert ">node2<" not in dom  # folded into node1's group


@pytest.mark.engine
@pytest.mark.root
def test_ctrl_c_removes_the_service_and_every_probe(tmp_path):
    """On an existing swarm (the demo's, made here): a Ctrl-C while the nodes' probes observe
    removes the service; each task's suite stops its probe, which tears down; nothing labelled
    stays on any node."""
    _skip_unless_a_demo_can_be_made()
    with demo_swarm() as made:
        clients = [node.client for node in made.nodes]

        def probes() -> list:  # the raw list: containers come and go while it is read
            return [c for client in clients for c in client.api.containers(filters={"label": LABEL})]

        since = time.time()
        with subprocess.Popen(
            [sys.executable, "-m", "docker_conformance.fleet", "--out", str(tmp_path)],
            cwd=ROOT,
            env={**os.environ, "DOCKER_HOST": made.manager.engine.docker_host},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        ) as run:
            assert first_start(clients, since, timeout=300), "no probe started on a node"
            os.killpg(run.pid, signal.SIGINT)
            said, _ = run.communicate(timeout=300)
        services = made.manager.client.services.list(filters={"label": LABEL})
        wait_for(lambda: not probes(), timeout=240, what="the probes to tear down")
    assert run.returncode == 130, said
    assert "interrupted; the fleet's service was removed" in said
    assert "Traceback" not in said
    assert services == []
