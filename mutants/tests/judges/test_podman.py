"""Podman's documented differences (the profile's `engine = "Podman"` changes) are expectations
that can fail: Podman's own recorded observations pass as documented for its version, and each
changed once (or a Docker engine's observation judged as Podman) fails its claim, naming what
differs."""

from __future__ import annotations

from dataclasses import replace

import pytest

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.profile import documented
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.model import store
from docker_conformance.conformance.model.execs import Exec
from docker_conformance.conformance.model.scenarios import NOT_ASKED
from tests.helpers import mutate as m
from tests.helpers.runner import ROOT

RECORDED = ROOT / "tests" / "recorded"
VERSIONS = {"5.4": "5.4.2", "4.3": "4.3.1"}
DOCUMENTED = {
    "5.4": (
        "D-LIFE-2",
        "D-UBR-1",
        "D-UBR-2",
        "D-RESOLV-1",
        "D-ICC-1",
        "D-FW-1",
        "D-FWD-1",
        "D-V6-5",
        "D-HOSTS-1",
    ),
    "4.3": ("D-LIFE-2", "D-UBR-1", "D-ICC-1", "D-FW-1", "D-FWD-1", "D-HOSTGW-1", "D-HOSTS-1"),
}


def _podman(version: str):
    return documented().for_engine("Podman", VERSIONS[version])


def _observed(version: str, claim: str):
    return store.load(RECORDED / f"podman-{version}", registry.get(claim).observes)


@pytest.mark.parametrize(("version", "claim"), [(v, c) for v, claims in DOCUMENTED.items() for c in claims])
def test_podmans_own_observation_differs_as_documented(version, claim):
    verdict = registry.judge(claim, _observed(version, claim), _podman(version))
    assert verdict.status is Status.DOCUMENTED, verdict.message()
    assert "Podman" in verdict.reason or "podman" in verdict.reason


def _resolv(ubr, text: str):
    return replace(ubr, resolv_user=Exec(ubr.resolv_user.command, 0, text))


def _kept(ubr, keep):
    return m.hosts(ubr, "".join(line + "\n" for line in ubr.files.hosts.output.splitlines() if keep(line)))


DEVIATIONS = {
    "D-LIFE-2 the released address handed out next": (
        "D-LIFE-2",
        lambda life: replace(life, third={**life.third, "IPAddress": life.first["IPAddress"]}),
        "busybox3's address",
    ),
    "D-UBR-2 resolv.conf names 127.0.0.11, not the gateway": (
        "D-UBR-2",
        lambda ubr: _resolv(ubr, "nameserver 127.0.0.11\n"),
        "user network resolv.conf nameserver",
    ),
    "D-RESOLV-1 resolv.conf names 127.0.0.11, not the gateway": (
        "D-RESOLV-1",
        lambda ubr: _resolv(ubr, "nameserver 127.0.0.11\noptions ndots:0\n"),
        "user network: nameserver",
    ),
    "D-HOSTS-1 no localhost line from the host's file": (
        "D-HOSTS-1",
        lambda ubr: _kept(ubr, lambda line: "localhost" not in line),
        "the base",
    ),
    "D-HOSTS-1 no entry of its own": (
        "D-HOSTS-1",
        lambda ubr: _kept(ubr, lambda line: not line.startswith(ubr.files.address)),
        "its own entry",
    ),
    "D-ICC-1 enable_icc=false honoured after all": (
        "D-ICC-1",
        lambda net: replace(net, blocked=m.lost(net.blocked)),
        "enable_icc=false network answered",
    ),
    "D-FWD-1 forwarding still off while a container runs": (
        "D-FWD-1",
        lambda config: replace(config, ip_forward="0", ip_forward_running="0"),
        "net.ipv4.ip_forward",
    ),
    "D-V6-5 published through a proxy, not netavark's DNAT": (
        "D-V6-5",
        lambda v6: replace(v6, published_via="userland proxy", nat_rules=()),
        "how the outside reaches",
    ),
}


@pytest.mark.parametrize(("claim", "deviate", "names"), DEVIATIONS.values(), ids=DEVIATIONS.keys())
def test_a_deviation_from_podmans_documented_difference_fails(claim, deviate, names):
    observed = deviate(_observed("5.4", claim))
    m.assert_fails(registry.judge(claim, observed, _podman("5.4")), claim, names)


@pytest.mark.parametrize(
    ("claim", "names"),
    [
        ("D-FW-1", "DOCKER-USER exists"),  # Docker's user chain, where Podman documents none
        ("D-UBR-1", "device name pattern"),  # br-<id>, not podmanN
        ("D-UBR-2", "user network resolv.conf nameserver"),  # 127.0.0.11, not the gateway
    ],
)
def test_dockers_observation_fails_as_podman(observations, claim, names):
    observed = observations[registry.get(claim).observes]
    m.assert_fails(registry.judge(claim, observed, _podman("5.4")), claim, names)


def test_forwarding_turned_on_with_the_first_container_is_said():
    config = _observed("5.4", "D-FWD-1")
    assert (config.ip_forward, config.ip_forward_running) == ("0", "1")
    verdict = registry.judge("D-FWD-1", config, _podman("5.4"))
    assert "until a container ran" in verdict.message()


def test_a_name_the_network_does_not_know_is_not_asked_of_a_server_beyond_the_container():
    """Podman's aardvark-dns (at the gateway) forwards unknown names from the engine's host: v1's
    lookup on another network is not made there, and the verdict says so instead of judging it."""
    ubr = _observed("5.4", "D-ALIAS-1")
    here, there = ubr.alias_lookups
    not_asked = f"{NOT_ASKED}\nnameserver 10.89.1.1\n"
    guarded = replace(ubr, alias_lookups=(here, Exec(there.command, 0, not_asked)))
    verdict = registry.judge("D-ALIAS-1", guarded, _podman("5.4"))
    assert "was not looked up from v1 (another network): its DNS server 10.89.1.1" in verdict.message()
    assert not any("from v1" in fact.label() for fact in verdict.facts)
