"""Version-aware expectations: a documented engine change is reported as such, never hidden."""

from __future__ import annotations

import pytest

from docker_conformance.conformance import catalog
from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.errors import SuiteError
from docker_conformance.conformance.core.profile import documented, from_file, version_tuple
from docker_conformance.conformance.core.summary import ClaimRecord, Summary
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.model import store
from tests.helpers import mutate as m
from tests.helpers.runner import ROOT

DOCKER_28 = ("Docker Engine", "28.5.2+dfsg1")


def _random_macs(seed):
    """What Docker 28 shows: random MACs on docker0 and in the containers."""
    seed = m.host(seed, "before", "docker0", mac="c6:3a:9e:11:22:33")
    for role, mac in (("busybox1", "8a:5d:01:02:03:04"), ("busybox2", "de:ad:be:ef:00:01")):
        seed = m.endpoint(seed, role, MacAddress=mac)
    return seed


def _eth0_inside(seed):
    """What Docker 28 shows: eth0 is index 2 in every container; host veths point @if2."""
    for role in ("busybox1", "busybox2"):
        view = getattr(seed, role)
        eth0 = view.netns.interface("eth0")
        veth = seed.during.host.by_index(eth0.peer_index)
        seed = m.container_link(seed, role, "eth0", index=2)
        seed = m.host(seed, "during", veth.name, peer_index=2)
    return seed


def test_versions_parse():
    assert version_tuple("28.5.2+dfsg1") == (28, 5, 2)
    assert version_tuple("20.10.24+dfsg1") > version_tuple("20.10.9")
    assert version_tuple("26.1.5+dfsg1-9") == (26, 1, 5)


def test_changes_apply_by_engine_and_version():
    assert documented().for_engine(*DOCKER_28).container.mac == "local"
    assert documented().for_engine("Docker Engine", "26.1.5").container.mac == "from-ip"
    podman4 = documented().for_engine("Podman", "4.3.1")  # Docker's changes never apply to Podman
    assert podman4.changed
    assert all(podman4.change(change).engine == "Podman" for change in podman4.changed.values())
    assert podman4.bridge.device == "cni-podman0"
    assert documented().for_engine("Podman", "5.4.2").bridge.device == "podman0"


@pytest.mark.parametrize(
    ("claim", "deviate"),
    [
        ("S-IPAM-5", _random_macs),
        ("S-BR-3", _random_macs),
        ("S-VETH-4", _eth0_inside),
    ],
)
def test_a_documented_change_is_named_not_hidden(recorded, claim, deviate):
    changed = deviate(recorded)
    older = registry.judge(claim, changed, documented().for_engine("Docker Engine", "20.10.24"))
    assert older.status is Status.FAILS
    newer = registry.judge(claim, changed, documented().for_engine(*DOCKER_28))
    assert newer.status is Status.DOCUMENTED
    assert newer.passed
    assert "28.0" in newer.reason
    assert "moby PR" in newer.reason


def test_a_changed_expectation_still_fails_what_it_does_not_allow(recorded):
    multicast = m.endpoint(_random_macs(recorded), "busybox1", MacAddress="01:00:5e:00:00:01")
    verdict = registry.judge("S-IPAM-5", multicast, documented().for_engine(*DOCKER_28))
    assert verdict.status is Status.FAILS


def test_the_seed_behaviour_on_a_new_engine_conforms(recorded):
    assert registry.judge("S-PING-1", recorded, documented().for_engine(*DOCKER_28)).status is Status.CONFORMS


def test_a_change_naming_no_profile_key_is_rejected(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(
        '[[changes]]\nid = "x"\nsince = "1.0"\nsource = "x"\nvalues = { "bridge.colour" = "red" }\n'
    )
    with pytest.raises(SuiteError, match=r"bridge\.colour"):
        from_file(path)


def test_unchanged_keys_keep_the_seed(recorded):
    verdict = registry.judge("S-BR-1", recorded, documented().for_engine(*DOCKER_28))
    assert verdict.status is Status.CONFORMS


PODMAN_5 = ("Podman", "5.4.2")
PODMAN_5_NAMED = {  # claim -> what its verdict names (Podman 5's documented differences)
    "S-INST-1": "podman0",  # its bridge, made with the first container
    "S-NET-1": "host` and `none` are network modes",  # only `bridge` is listed
    "S-BR-3": "MAC addresses are random",
    "S-IPAM-5": "MAC addresses are random",
    "S-VETH-3": "named vethN",
    "S-VETH-4": "made inside the container's namespace",
    "S-VETH-5": "podman0",
}


@pytest.mark.parametrize("claim", sorted(PODMAN_5_NAMED))
def test_podman_5s_differences_are_named_on_its_real_observation(claim):
    """Podman 5.4's recorded walk-through: with Docker's expectations the claim fails; with
    Podman 5's documented changes it differs as documented, and the verdict names the source."""
    seed = store.load(ROOT / "tests" / "recorded" / "podman-5.4", "seed")
    as_docker = registry.judge(claim, seed, documented().for_engine("Docker Engine", "20.10.24"))
    assert as_docker.status is Status.FAILS
    as_podman = registry.judge(claim, seed, documented().for_engine(*PODMAN_5))
    assert as_podman.status is Status.DOCUMENTED, as_podman.reason
    assert PODMAN_5_NAMED[claim] in as_podman.reason


def test_podman_5s_bridge_exists_only_with_containers():
    seed = store.load(ROOT / "tests" / "recorded" / "podman-5.4", "seed")
    verdict = registry.judge("S-INST-1", seed, documented().for_engine(*PODMAN_5))
    assert "the bridge before any container: 'absent', not the seed's 'present'" in verdict.reason


def _documented_on_20_10(observations):
    """The recorded Docker 20.10 run's verdicts that differ as documented for 20.10."""
    profile = documented().for_engine("Docker Engine", "20.10.24")
    verdicts = [c.judge(observations[c.observes], profile) for c in registry.claims().values()]
    return [v for v in verdicts if v.status is Status.DOCUMENTED]


def test_a_claim_beyond_the_seed_is_never_told_against_the_seed(observations):
    """On Docker 20.10, every D-* verdict that differs as documented names Docker's current
    documentation as its baseline, in both languages; only S-* claims name the seed."""
    beyond = [v for v in _documented_on_20_10(observations) if v.claim.startswith("D-")]
    assert len(beyond) >= 6
    for v in beyond:
        assert "seed" not in v.reason, v.reason
        assert "seed" not in v.reason_in("ko"), v.reason_in("ko")
        assert "as Docker documents it now" in v.reason
        assert "seed" not in "\n".join(f.line() for f in v.facts)
        assert "seed" not in v.message(), v.message()
        assert "seed" not in v.message("ko"), v.message("ko")
        for fact in (f for f in v.facts if f.change and f.observed != f.documented):
            for lang in catalog.LANGS:  # the version and source, whole
                assert catalog.cited(fact.change, lang) in v.reason_in(lang), (fact.change, v.reason_in(lang))


def test_the_terminal_table_never_cuts_a_source_in_half(observations):
    """A line too long for the table drops a source whole ("(…)"), never part of it."""
    documented_ones = _documented_on_20_10(observations)
    lines = Summary.of([ClaimRecord.of(v) for v in documented_ones]).table()
    for verdict in documented_ones:
        line = next(x for x in lines if x.startswith(verdict.claim + " "))
        for fact in (f for f in verdict.facts if f.change):
            opening = f"({fact.change}"[:12]
            assert opening not in line or fact.change in line or line.endswith("(…)"), line
            assert len(line) <= 161
