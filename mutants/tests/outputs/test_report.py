"""Reports drawn from recorded results: the topology picture and the Allure entry carrying it."""

from __future__ import annotations

import json
import shutil

import pytest

from docker_conformance.conformance.core.errors import ExitStatus
from docker_conformance.conformance.core.summary import ClaimRecord, Summary
from docker_conformance.conformance.core.verdict import Fact
from docker_conformance.conformance.model import store
from docker_conformance.conformance.outputs import report
from docker_conformance.conformance.outputs.topology import draw


def test_topology_has_the_seed_picture(recorded):
    source = draw(recorded, failed=set()).source
    for node in (
        "bridge",
        '"veth-busybox1"',
        '"veth-busybox2"',
        '"eth0-busybox1"',
        '"eth0-busybox2"',
        "outside",
    ):
        assert f"\t{node} [label=" in source, node
    for edge in (
        '"veth-busybox1" -- bridge',
        '"eth0-busybox1" -- "veth-busybox1"',
        '"eth0-busybox1" -- bridge',
        '"eth0-busybox2" -- "eth0-busybox1"',
        "bridge -- outside",
    ):
        assert edge in source, edge
    assert "docker0\n172.17.0.1/16" in source
    veth = recorded.during.host.by_index(recorded.busybox1.netns.interface("eth0").peer_index)
    assert f"{veth.index}: {veth.name}@if{veth.peer_index}" in source
    assert "✗" not in source
    assert "#b00020" not in source


def test_a_failed_claim_is_drawn_red_where_it_lives(recorded):
    source = draw(recorded, failed={"S-VETH-4"}).source
    assert source.count("✗ S-VETH-4") == 2  # both host veths
    assert "#b00020" in source


@pytest.mark.skipif(not shutil.which("dot"), reason="Graphviz's dot is not installed")
def test_report_command_writes_svg_and_allure_entry(tmp_path, recorded):
    store.save(tmp_path, "seed", recorded)
    lost = Fact("replies_received", 4, 0, False)
    records = [ClaimRecord("S-PING-1", "fails", False, (lost,)), ClaimRecord("S-BR-1", "conforms", True)]
    Summary.of(records).save(tmp_path / "summary.json")
    assert report.main(["--reports", str(tmp_path)]) == 0
    svg = (tmp_path / "topology.svg").read_text()
    assert svg.startswith("<?xml")
    assert "<svg" in svg
    assert "✗ S&#45;PING&#45;1" in svg
    entries = [json.loads(p.read_text()) for p in (tmp_path / "allure-results").glob("*-result.json")]
    assert [e["attachments"][0]["type"] for e in entries] == ["image/svg+xml"]


def test_report_command_without_a_run(tmp_path, capsys):
    assert report.main(["--reports", str(tmp_path)]) == ExitStatus.NO_RUN
    assert "run `docker-conformance run` there first" in capsys.readouterr().err


def test_report_after_a_run_of_some_claims_draws_what_was_observed(tmp_path, capsys):
    """`docker-conformance report` after `run -k D-V6-1` (no seed walk-through observed): no picture,
    said so, and the rest of the report as usual; never a traceback."""
    Summary.of([ClaimRecord("D-V6-1", "conforms", True)]).save(tmp_path / "summary.json")
    assert report.main(["--reports", str(tmp_path)]) == 0
    assert "did not observe the seed walk-through" in capsys.readouterr().out
    assert not (tmp_path / "topology.svg").exists()
