"""Every reachability and packet-filter claim (D-REACH-*, D-FW-*) can fail: the recorded Docker
20.10 observation, changed once, fails the right claim under its own version's profile; and what
the outside could not try is "not applicable", never a network verdict."""

from __future__ import annotations

from dataclasses import replace

import pytest

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.profile import documented
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.model import store
from docker_conformance.conformance.model.packet_filter import PacketFilter
from docker_conformance.conformance.model.reachability import Attempt, Reachability, firewall_facts
from tests.conftest import RECORDED
from tests.helpers import mutate as m

SILENT = Attempt("x", "no answer", error="nothing within 1 s")
ANSWERED = Attempt("x", "answered", "conformance")


def _without(r: Reachability, table: str, needle: str) -> Reachability:
    """`r` whose packet filter lacks the rules containing `needle` in `table`."""
    kept = tuple(line for line in r.after.tables[table] if needle not in line)
    return replace(r, after=replace(r.after, tables={**r.after.tables, table: kept}))


def _policy(r: Reachability, policy: str) -> Reachability:
    lines = tuple(
        f":FORWARD {policy} [0:0]" if x.startswith(":FORWARD ") else x for x in r.before.tables["filter"]
    )
    return replace(r, before=replace(r.before, tables={**r.before.tables, "filter": lines}))


DEVIATIONS = {
    "D-REACH-1 no answer": ("D-REACH-1", lambda r: replace(r, published=SILENT), "the outside reads through"),
    "D-REACH-2 unpublished answers": (
        "D-REACH-2",
        lambda r: replace(r, unpublished=ANSWERED),
        "the outside at",
    ),
    "D-REACH-3 direct routing dropped before 28.0": (
        "D-REACH-3",
        lambda r: replace(r, direct=SILENT),
        "the outside at",
    ),
    "D-FW-1 DOCKER-USER rule ignored": (
        "D-FW-1",
        lambda r: replace(r, behind_rule=ANSWERED),
        "behind the rule",
    ),
    "D-FW-1 no DOCKER-USER": (
        "D-FW-1",
        lambda r: _without(
            replace(r, user_rule="", user_rule_refused="No chain/target/match by that name."),
            "filter",
            "DOCKER-USER",
        ),
        "DOCKER-USER exists",
    ),
    "D-FW-2 no MASQUERADE": ("D-FW-2", lambda r: _without(r, "nat", "MASQUERADE"), "nat rules"),
    "D-FW-2 no DNAT": ("D-FW-2", lambda r: _without(r, "nat", "DNAT"), "missing"),
}
# judged against Docker 28's documentation, the recorded 20.10 engine fails what 28.0 changed
AS_28 = {
    "D-REACH-3 reached on 28": ("D-REACH-3", "the outside at"),
    "D-REACH-4 reached on 28": ("D-REACH-4", "through this host"),
    "D-FW-2 20.10's rules on 28": ("D-FW-2", "filter rules"),
}

# every negative control here, by the claim it fails (for the registry's self-test)
CONTROLS = {**DEVIATIONS, **{name: (claim, None, names) for name, (claim, names) in AS_28.items()}}


@pytest.fixture(scope="module")
def reach(observations) -> Reachability:
    return observations["reachability"]


@pytest.fixture(scope="module")
def as_recorded():
    return documented().for_engine("Docker Engine", "20.10.24")


def test_the_recorded_engine_passes_as_documented_for_its_version(reach, as_recorded):
    verdicts = {
        c: registry.judge(c, reach, as_recorded)
        for c in ("D-REACH-1", "D-REACH-2", "D-REACH-3", "D-REACH-4", "D-FW-1", "D-FW-2")
    }
    assert {c: v.status for c, v in verdicts.items()} == {
        "D-REACH-1": Status.CONFORMS,
        "D-REACH-2": Status.CONFORMS,
        "D-REACH-3": Status.DOCUMENTED,
        "D-REACH-4": Status.DOCUMENTED,
        "D-FW-1": Status.CONFORMS,
        "D-FW-2": Status.DOCUMENTED,
    }
    assert "moby issues 41872 and 45610" in verdicts["D-REACH-4"].reason
    assert "this host is exposed" in verdicts["D-REACH-4"].reason


def test_a_host_that_already_forwarded_is_exposed_and_fails(reach, as_recorded):
    """Before 28.0, FORWARD's policy ACCEPT lets every port through: not the documented default host
    (the engine sets DROP when it enables forwarding), so the exposure fails, naming the policy and
    the port reached; a host that forwards on purpose says so in its profile and deviates."""
    exposed = replace(_policy(reach, "ACCEPT"), unpublished=ANSWERED)
    verdict = registry.judge("D-REACH-2", exposed, as_recorded)
    m.assert_fails(verdict, "D-REACH-2", "the outside at <unpublished address>:8080")
    assert "this host is exposed" in verdict.reason
    assert "FORWARD's policy is ACCEPT" in verdict.reason
    on_purpose = as_recorded.model_copy(
        update={
            "reach": as_recorded.reach.model_copy(update={"unpublished": "exposed"}),
            "settings": {"reach.unpublished": "FORWARD ACCEPT on purpose (this host routes for its LAN)"},
        }
    )
    verdict = registry.judge("D-REACH-2", exposed, on_purpose)
    assert verdict.status is Status.DEVIATES, verdict.message()
    assert "on purpose" in verdict.reason


@pytest.mark.parametrize(
    ("claim", "change", "why"),
    [
        (
            "D-REACH-1",
            {"published": Attempt("x", "not sent", error="Network is unreachable")},
            "could not try",
        ),
        (
            "D-REACH-2",
            {"unpublished": Attempt("x", "not sent", error="Invalid argument")},
            "nothing was sent",
        ),
        (
            "D-REACH-4",
            {"loopback_route": "the outside's kernel would not route 127.0.0.1"},
            "would not route",
        ),
        ("D-REACH-2", {"listening": {"unpublished": SILENT}}, "did not answer even from this host"),
        (
            "D-FW-2",
            {"after": PacketFilter(None, {}, {}, "", "no iptables binary is installed here")},
            "no iptables",
        ),
        ("D-FW-1", {"after": PacketFilter("iptables-nft", {}, {}, "nftables")}, "nftables"),
    ],
)
def test_what_could_not_be_tried_is_not_a_network_verdict(reach, as_recorded, claim, change, why):
    verdict = registry.judge(claim, replace(reach, **change), as_recorded)
    assert verdict.status is Status.NOT_APPLICABLE, verdict.message()
    assert why in verdict.reason


def test_others_rules_are_left_out(reach, as_recorded):
    """Another container's and another bridge's rules do not enter D-FW-2's exact sets."""
    others = (
        "[0:0] -A DOCKER -d 172.17.0.99/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT",
        "[0:0] -A FORWARD -o br-0123456789ab -j DOCKER",
        "[0:0] -A DOCKER-USER -s 10.0.0.0/8 -j DROP",
    )
    busy = replace(
        reach,
        after=replace(
            reach.after, tables={**reach.after.tables, "filter": reach.after.tables["filter"] + others}
        ),
    )
    assert registry.judge("D-FW-2", busy, as_recorded).status is Status.DOCUMENTED


def test_docker_28_conforms_and_fails_20_10s_documentation():
    """The recorded Docker 28.5.2 observation (matrix): every claim conforms to 28's documentation,
    and judged as a 20.10 engine it fails what 28.0 changed."""
    reach = store.load(RECORDED / "docker-28.5", "reachability")
    claims = ("D-REACH-1", "D-REACH-2", "D-REACH-3", "D-REACH-4", "D-FW-1", "D-FW-2")
    as_28 = documented().for_engine("Docker Engine", "28.5.2")
    assert {c: registry.judge(c, reach, as_28).status for c in claims} == dict.fromkeys(
        claims, Status.CONFORMS
    )
    as_20 = documented().for_engine("Docker Engine", "20.10.24")
    m.assert_fails(
        registry.judge("D-REACH-3", reach, as_20), "D-REACH-3", "expected 'reached', saw 'blocked'"
    )
    m.assert_fails(registry.judge("D-FW-2", reach, as_20), "D-FW-2", "raw rules")


@pytest.mark.parametrize(
    ("chains", "nft_tables", "driver"),
    [
        ((":DOCKER - [0:0]", ":DOCKER-USER - [0:0]"), ("ip filter", "ip nat"), "Docker (iptables-nft)"),
        ((":CNI-FORWARD - [0:0]", ":CNI-ADMIN - [0:0]"), ("ip filter", "ip nat"), "CNI (iptables)"),
        ((":NETAVARK_FORWARD - [0:0]",), ("ip filter",), "netavark (iptables)"),
        ((), ("inet netavark",), "netavark (nftables)"),
        ((), ("ip docker-bridges", "ip6 docker-bridges"), "Docker (nftables)"),
        ((), (), "none seen"),
    ],
)
def test_the_engines_firewall_driver_is_told_from_the_rules_present(chains, nft_tables, driver):
    """Podman's (CNI, netavark with iptables or nftables) and Docker's, as an engine fact."""
    rules = PacketFilter("iptables-nft", {"filter": chains}, {}, nft_tables=nft_tables)
    assert rules.driver() == driver
    facts = firewall_facts(replace(store.load(RECORDED / "docker-20.10", "reachability"), after=rules))
    assert facts["firewall.driver"] == driver


# one for each fact the ones above leave unreached (tests/judges/test_every_fact.py counts them)
DEVIATIONS |= {
    "D-FW-1 the rule counted nothing": ("D-FW-1", lambda r: replace(r, rule_packets=0), "counted"),
}
