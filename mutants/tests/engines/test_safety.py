"""Safe on a real host: labels, cleanup on failure and interruption, the sweep, ownership."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
import uuid

import docker
import pytest
from docker.errors import NotFound

from docker_conformance.conformance.core.summary import Summary
from docker_conformance.observe.commands import COMMENT
from docker_conformance.observe.image import SUITE_TAG
from docker_conformance.observe.nsenter import named_netns
from docker_conformance.observe.ownership import LABEL, OWNER_LABEL, Owner, Run
from tests.helpers.runner import ROOT, run_suite, start_suite

pytestmark = pytest.mark.engine


@pytest.fixture(scope="module")
def client():
    return docker.from_env()


def _leftovers(client, pid: int) -> list[str]:
    """Containers, networks and namespaces of the suite run whose controller had `pid`."""
    mine = f":{pid}-"
    found = [
        c.name
        for c in client.containers.list(all=True, filters={"label": LABEL}, ignore_removed=True)
        if mine in c.labels.get(OWNER_LABEL, "")
    ]
    found += [
        n.name
        for n in client.networks.list(filters={"label": LABEL})
        if mine in (n.attrs.get("Labels") or {}).get(OWNER_LABEL, "")
    ]
    found += [n for n in named_netns() if n.startswith("dcf-") and f"-{pid}-" in n]
    return found + [rule for rule in _suite_rules() if f"-{pid}-" in rule]


def _suite_rules() -> list[str]:
    """The rules carrying the suite's comment in this namespace's DOCKER-USER."""
    listed = subprocess.run(
        ["iptables", "-w", "-S", "DOCKER-USER"], capture_output=True, text=True, check=False
    )
    return [line for line in listed.stdout.splitlines() if COMMENT in line]


def test_factory_names_labels_and_confines_dns(scratch, session):
    container = scratch.run("probe")
    assert re.fullmatch(rf"dcf-{session.run.id}-probe-\d+", container.name)
    assert container.labels[LABEL] == session.run.id
    assert Owner.parse(container.labels[OWNER_LABEL]) == session.run.owner
    assert container.attrs["HostConfig"]["Dns"] == ["127.0.0.1"]
    scratch.cleanup()
    with pytest.raises(NotFound):
        container.reload()


def test_owner_liveness():
    assert Owner.me().alive()
    dead = Owner(Owner.me().host, 2**22 + 17, 1)
    assert not dead.alive()
    elsewhere = Owner("another-host", 1, 1)
    assert elsewhere.alive()  # cannot be told from here: left alone


def test_cleanup_after_a_failing_test(tmp_path, client):
    inner = tmp_path / "test_doomed.py"
    inner.write_text("def test_doomed(scratch):\n    scratch.run('doomed')\n    assert False\n")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            str(inner),
            "-p",
            "docker_conformance.fixtures.plugin",
            "-q",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"},
    )
    assert proc.returncode == 1, proc.stdout
    doomed = client.containers.list(all=True, filters={"label": [LABEL, "role=doomed"]})
    assert doomed == []


@pytest.mark.parametrize(
    ("signum", "delay"),
    [
        (signal.SIGINT, 0.9),
        (signal.SIGINT, 1.2),
        (signal.SIGINT, 1.5),
        (signal.SIGTERM, 1.2),
    ],
)
def test_interrupted_run_leaves_nothing(client, tmp_path, signum, delay):
    proc = start_suite(reports=tmp_path)
    time.sleep(delay)
    proc.send_signal(signum)
    proc.communicate(timeout=120)
    assert _leftovers(client, proc.pid) == []


def test_killed_run_is_swept_by_the_next(client, tmp_path):
    proc = start_suite(reports=tmp_path)
    deadline = time.monotonic() + 60
    while not _leftovers(client, proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    left = _leftovers(client, proc.pid)
    assert left, "the killed run had made nothing yet"
    result = run_suite(reports=tmp_path)
    assert result.returncode == 0, result.stdout
    assert "swept from earlier, dead runs:" in result.stdout
    assert all(name in result.stdout for name in left if name.startswith("dcf-") and "-out" not in name)
    assert _leftovers(client, proc.pid) == []


def test_users_things_are_untouched_on_a_busy_bridge(client, tmp_path):
    """A user container on the bridge and a user network: identical after a run, which passes."""
    tag = uuid.uuid4().hex[:6]
    network = client.networks.create(f"user-net-{tag}")
    container = client.containers.run(
        SUITE_TAG, ["sleep", "300"], name=f"user-web-{tag}", detach=True, dns=["127.0.0.1"]
    )
    try:
        before = (client.api.inspect_container(container.id), client.api.inspect_network(network.id))
        result = run_suite(reports=tmp_path)
        after = (client.api.inspect_container(container.id), client.api.inspect_network(network.id))
        assert json.dumps(before, sort_keys=True) == json.dumps(after, sort_keys=True)
        assert result.returncode == 0, result.stdout
        summary = Summary.load(tmp_path / "summary.json")
        assert f"user-web-{tag}=172.17.0.2/16" in summary.claims["S-IPAM-4"].reason
        assert "already had ports" in summary.claims["S-BR-4"].reason
    finally:
        container.remove(force=True)
        network.remove()


def test_a_dead_runs_rule_is_swept_and_a_live_ones_kept(tmp_path):
    """The suite's DOCKER-USER rule of a run killed mid-try is removed by the next run; the same
    rule of a run still alive (this test's own process) is left alone, as is every other rule."""
    dead = subprocess.Popen(["true"])
    dead.wait()
    rules = {
        "dead": [
            "-s",
            "198.18.255.2/32",
            "-m",
            "comment",
            "--comment",
            f"{COMMENT} dcf-deadbeef-{dead.pid}-1-fw",
        ],
        "alive": [
            "-s",
            "198.18.255.3/32",
            "-m",
            "comment",
            "--comment",
            f"{COMMENT} {Run().netns_name('fw')}",
        ],
        "user's": ["-s", "198.18.255.4/32", "-m", "comment", "--comment", "a user's own"],
    }
    for spec in rules.values():
        subprocess.run(["iptables", "-w", "-I", "DOCKER-USER", *spec, "-j", "RETURN"], check=True)
    try:
        result = run_suite("-k", "D-FW-1", reports=tmp_path)
        assert result.returncode == 0, result.stdout
        listed = subprocess.run(["iptables", "-S", "DOCKER-USER"], capture_output=True, text=True).stdout
        assert "198.18.255.2/32" not in listed
        assert "198.18.255.3/32" in listed
        assert "198.18.255.4/32" in listed
        assert "198.18.255.2/32" in result.stdout  # named among what was swept
    finally:
        for spec in rules.values():
            subprocess.run(["iptables", "-w", "-D", "DOCKER-USER", *spec, "-j", "RETURN"], check=False)
