""" "The probe could not act" is never "the network did not answer": a ping that sent nothing (no
NET_RAW, no binary) makes its claim not applicable, quoting the tool's words, in every family
that pings; the suite's containers ask for NET_RAW instead of relying on the engine's defaults."""

from __future__ import annotations

import dataclasses
import os

import pytest

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.errors import SuiteError
from docker_conformance.conformance.core.profile import documented
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.model.execs import Exec, Ping
from docker_conformance.observe.containers import Containers
from docker_conformance.observe.engine import connect
from docker_conformance.observe.execs import ping
from docker_conformance.observe.image import resolve
from docker_conformance.observe.ownership import Run
from docker_conformance.observe.probe import observed

REFUSED = "PING 172.17.0.2 (172.17.0.2): 56 data bytes\nping: permission denied (are you root?)\n"


def _refused(p: Ping) -> Ping:
    return dataclasses.replace(p, exec=Exec(p.exec.command, 1, REFUSED))


def _egress(seed):
    return dataclasses.replace(seed, egress=dataclasses.replace(seed.egress, ping=_refused(seed.egress.ping)))


# claim -> how its observation's ping(s) are made to send nothing
PINGS = {
    "S-PING-1": lambda o: dataclasses.replace(o, ping=_refused(o.ping)),
    "S-ROUTE-2": lambda o: dataclasses.replace(o, gateway_ping=_refused(o.gateway_ping)),
    "S-EGRESS-1": _egress,
    "D-UBR-3": lambda o: dataclasses.replace(o, across_networks=_refused(o.across_networks)),
    "D-ICC-1": lambda o: dataclasses.replace(o, blocked=_refused(o.blocked)),
    "D-INT-1": lambda o: dataclasses.replace(o, ping_outside=_refused(o.ping_outside)),
    "D-V6-3": lambda o: dataclasses.replace(o, to_peer=_refused(o.to_peer)),
}


@pytest.mark.parametrize("claim_id", sorted(PINGS))
def test_a_ping_that_sent_nothing_is_not_a_network_verdict(observations, claim_id):
    claim = registry.get(claim_id)
    profile = documented().for_engine("Docker Engine", observations["seed"].engine.version)
    verdict = claim.judge(PINGS[claim_id](observations[claim.observes]), profile)
    assert verdict.status is Status.NOT_APPLICABLE, verdict.message()
    assert "the probe could not act" in verdict.reason
    assert "permission denied (are you root?)" in verdict.reason
    assert "검사가 동작하지 못했다" in verdict.reason_in("ko")


@pytest.mark.parametrize(
    ("said", "acted"),
    [
        ("ping: permission denied (are you root?)", False),  # no NET_RAW
        ("ping: socket: Operation not permitted", False),  # a seccomp profile, a dropped capability
        ("sh: ping: not found", False),
        ("ping: sendto: Network is unreachable", True),  # the network's answer: no route
        ("2 packets transmitted, 0 packets received, 100% packet loss", True),
    ],
)
def test_could_not_act_is_told_from_a_network_answer(said, acted):
    assert Ping("w1", "198.18.1.2", Exec("docker exec w1 ping 198.18.1.2", 1, said)).acted is acted


def test_a_ping_that_sent_is_judged_as_before(observations):
    """The positive control: the recorded pings sent, and are judged."""
    profile = documented().for_engine("Docker Engine", observations["seed"].engine.version)
    for claim_id in PINGS:
        claim = registry.get(claim_id)
        assert claim.judge(observations[claim.observes], profile).passed, claim_id


@pytest.mark.engine
@pytest.mark.root
@pytest.mark.skipif(os.geteuid() != 0, reason="entering the engine's namespace needs root")
def test_on_a_real_engine_a_container_without_net_raw_cannot_act_and_ours_ask_for_it():
    """A container the engine started without NET_RAW: its ping sends nothing and says why;
    the suite's own containers ask for NET_RAW, and their ping acts."""
    engine = connect()
    factory = Containers(engine, resolve(engine.client, pull=False), Run())
    try:
        without = factory.run("noraw", lambda spec: spec.update(cap_add=[], cap_drop=["NET_RAW"]))
        ours = factory.run("ours")
        assert factory.client.api.inspect_container(ours.id)["HostConfig"]["CapAdd"] == ["NET_RAW"]
        refused = ping(without, "noraw", "127.0.0.1", "-c", "1", "-W", "1")
        assert not refused.acted
        assert "permission denied" in refused.exec.output.lower()
        assert ping(ours, "ours", "127.0.0.1", "-c", "1", "-W", "1").acted
    finally:
        factory.cleanup(all_of_this_process=True)


def test_a_probe_that_could_not_observe_quotes_each_failure_with_its_reason():
    """The owner of a rootless engine (whose suite runs as a probe in RootlessKit's namespaces)
    sees what failed in there, claim by claim, as a run here would show it; not its last line."""
    said = "\n".join([
        ".....F",
        "FAILED conformance/test_claims.py::test_D_REACH_1 - docker-conformance: the suite could not act: "
        "`iptables-nft` is not installed (exit status 27)",
        "ERROR conformance/test_claims.py::test_D_FW_1 - docker-conformance: the suite could not act",
        "1 failed, 5 passed, 1 error in 3.1s",
    ])  # fmt: skip
    with pytest.raises(SuiteError) as stopped:
        observed(27, said, "in the rootless engine's namespaces")
    paragraph = stopped.value.paragraph()
    assert "test_D_REACH_1 - docker-conformance: the suite could not act: `iptables-nft`" in paragraph
    assert "test_D_FW_1" in paragraph
    assert "1 failed, 5 passed" not in paragraph
    with pytest.raises(SuiteError) as stopped:
        observed(3, "INTERNALERROR> boom\nlast words", "on host x")
    assert stopped.value.paragraph().endswith("could not observe (exit 3): last words (exit status 23)")
