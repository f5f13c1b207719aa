"""The verdicts where monitoring already looks: node_exporter's textfile format, parsed with the
official Prometheus client's own parser."""

from __future__ import annotations

from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from docker_conformance.conformance.core.summary import ClaimRecord, Summary
from docker_conformance.conformance.core.verdict import Fact, Status
from docker_conformance.conformance.outputs import fleet_merge, prometheus
from tests.conftest import RECORDED


def _samples(text: str) -> dict[str, list]:
    return {family.name: family.samples for family in text_string_to_metric_families(text)}


def test_a_run_s_textfile_parses_and_a_failing_claim_says_fails():
    summary = Summary.of(
        [
            ClaimRecord("S-BR-1", "conforms", True),
            ClaimRecord(
                "S-BR-2", "fails", False, (Fact("mtu", 1500, 1450, False, profile_key="bridge.mtu"),)
            ),
            ClaimRecord("D-V6-6", Status.NOT_APPLICABLE, False),
        ]
    )
    families = _samples(prometheus.run(summary, 11.25))
    verdicts = {s.labels["claim"]: s.labels["verdict"] for s in families["docker_conformance_claim_verdict"]}
    assert verdicts == {"S-BR-1": "conforms", "S-BR-2": "fails", "D-V6-6": "not-applicable"}
    assert families["docker_conformance_claims_failed"][0].value == 1
    assert families["docker_conformance_run_duration_seconds"][0].value == 11.25
    assert all(set(s.labels) <= {"claim", "verdict"} for s in families["docker_conformance_claim_verdict"])


def test_a_fleet_s_textfile_labels_each_host_and_names_the_silent(tmp_path: Path):
    results = [
        fleet_merge.HostResult("node1", RECORDED / "docker-20.10"),
        fleet_merge.HostResult("node2", None, "the node is down"),
    ]
    merged = fleet_merge.merge(results, tmp_path / "out")
    families = _samples(prometheus.fleet(merged))
    reported = {s.labels["host"]: s.value for s in families["docker_conformance_host_reported"]}
    assert reported == {"node1": 1, "node2": 0}
    hosts = {s.labels["host"] for s in families["docker_conformance_claim_verdict"]}
    assert hosts == {"node1"}
    written = tmp_path / "fleet.prom"
    prometheus.write(written, prometheus.fleet(merged))
    assert written.read_text().startswith("# HELP docker_conformance_claim_verdict ")
