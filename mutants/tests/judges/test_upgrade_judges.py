"""The U-* judges on a real upgrade's recording (`upgrade before`, a restart of Docker 20.10.24, `upgrade
after`, on this machine) and on deviations of it: each claim fails on what an upgrade broke, names
it, and says "not applicable" where the probe could not act or nothing was there to judge."""

from __future__ import annotations

from dataclasses import replace

import pytest

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.profile import documented
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.model import store
from docker_conformance.conformance.model.upgrade import Snapshot, Try, Upgrade
from tests.conftest import DOCKER_20_10, RECORDED

PROFILE = documented().for_engine("Docker Engine", "20.10.24")
U_CLAIMS = [c for c in registry.claims() if c.startswith("U-")]


@pytest.fixture(scope="module")
def upgrade() -> Upgrade:
    return store.load(DOCKER_20_10, "upgrade")


def _after(u: Upgrade, **changes: object) -> Upgrade:
    return replace(u, after=replace(u.after, **changes))


def _kept(u: Upgrade, role: str, **changes: object) -> Upgrade:
    kept = tuple(replace(k, **changes) if k.role == role else k for k in u.after.kept)
    return _after(u, kept=kept)


def _tries(snapshot: Snapshot, what: str, **changes: object) -> tuple[Try, ...]:
    return tuple(replace(t, **changes) if t.what == what else t for t in snapshot.tries)


def _silent(what: str):
    return lambda u: _after(u, tries=_tries(u.after, what, ok=False, said="no answer"))


def _network(u: Upgrade, role: str, **changes: object) -> Upgrade:
    return _after(u, networks=tuple(replace(n, **changes) if n.role == role else n for n in u.after.networks))


def _given_lost(u: Upgrade) -> Upgrade:
    web1 = u.after.kept_by("web1")
    assert web1 is not None
    moved = {n: "198.18.99.99" if n in web1.given else a for n, a in web1.addresses.items()}
    return _kept(u, "web1", addresses=moved)


def _users_rule_lost(u: Upgrade) -> Upgrade:
    return _after(u, docker_user=tuple(r for r in u.after.docker_user if "reject" not in r))


def _forward_reordered(u: Upgrade) -> Upgrade:
    rules = [r for r in u.after.forward if r.startswith("-A FORWARD")]
    return _after(u, forward=(*(r for r in u.after.forward if not r.startswith("-A ")), *rules[1:], rules[0]))


def _theirs(u: Upgrade, **changes: object) -> Upgrade:
    return _after(u, theirs=tuple(replace(t, **changes) for t in u.after.theirs))


DEVIATIONS = {
    "U-RESTART-1 web0 not back": ("U-RESTART-1", lambda u: _kept(u, "web0", running=False), "web0"),
    "U-RESTART-1 multi gone": ("U-RESTART-1", lambda u: _kept(u, "multi", id=""), "multi"),
    "U-UNET-1 a subnet moved": ("U-UNET-1", lambda u: _network(u, "net2", subnet="198.18.98.0/24"), "subnet"),
    "U-UNET-1 options lost": ("U-UNET-1", lambda u: _network(u, "net1", options={"x": "y"}), "options"),
    "U-UNET-2 the given address lost": ("U-UNET-2", _given_lost, "--ip"),
    "U-UPORT-1 loopback silent": ("U-UPORT-1", _silent("loopback"), "127.0.0.1"),
    "U-UPORT-2 another host silent": ("U-UPORT-2", _silent("another host"), "answers"),
    "U-UDNS-1 a name lost": ("U-UDNS-1", _silent("name"), "resolves"),
    "U-UFW-1 the rule lost": ("U-UFW-1", _users_rule_lost, "DOCKER-USER's rules kept"),
    "U-UFW-1 DOCKER-USER not first": ("U-UFW-1", _forward_reordered, "FORWARD's first rule"),
    "U-UFW-1 the rule no longer rejects": (
        "U-UFW-1", lambda u: _after(u, tries=_tries(u.after, "rule", ok=True)), "rejects",
    ),
    "U-UFW-2 the bridge cut": ("U-UFW-2", _silent("bridge"), "is reached"),
    "U-UFW-3 the route cut": ("U-UFW-3", _silent("route"), "is reached"),
    "U-USER-1 their container not back": ("U-USER-1", lambda u: _theirs(u, running=False), "restart always"),
    "U-USER-2 their port silent": (
        "U-USER-2", lambda u: _theirs(u, ports={p: False for p in u.after.theirs[0].ports}), "answers",
    ),
}  # fmt: skip
# on the recording of a restart with live-restore (where U-LIVE-1 conforms)
LIVE_DEVIATIONS = {
    "U-LIVE-1 restarted under live-restore": (
        "U-LIVE-1", lambda u: _kept(u, "web0", started_at="2026-12-07T00:00:00.000000000Z"), "started at",
    ),
}  # fmt: skip


def test_a_plain_restart_keeps_everything(upgrade):
    """The recording: a restart of Docker 20.10.24 without live-restore keeps every U-* claim; the
    user's container came back and its port answers; live-restore was off, so U-LIVE-1 only reports."""
    verdicts = {c: registry.judge(c, upgrade, PROFILE) for c in U_CLAIMS}
    assert {
        c: v.message() for c, v in verdicts.items() if not v.passed and v.status != Status.NOT_APPLICABLE
    } == {}
    judged = [c for c, v in verdicts.items() if v.status != Status.NOT_APPLICABLE]
    assert len(judged) >= 8, judged
    assert verdicts["U-LIVE-1"].status is Status.NOT_APPLICABLE
    assert "reported, not judged" in verdicts["U-LIVE-1"].reason
    assert upgrade.outages
    assert any(o.failed for o in upgrade.outages)


def test_the_probe_that_could_not_act_is_not_a_broken_port(upgrade):
    """A try that could not be made after (no socket, the container's process gone) is not judged: the
    claim says so, and never fails on it."""
    unsent = _after(upgrade, tries=_tries(upgrade.after, "loopback", ok=False, sent=False, said="no socket"))
    verdict = registry.judge("U-UPORT-1", unsent, PROFILE)
    assert verdict.status is Status.NOT_APPLICABLE
    assert "could not try" in verdict.reason


def test_what_did_not_answer_before_is_not_judged_after(upgrade):
    before = replace(upgrade.before, tries=_tries(upgrade.before, "bridge", ok=False, said="no answer"))
    verdict = registry.judge("U-UFW-2", replace(upgrade, before=before), PROFILE)
    assert verdict.status is Status.NOT_APPLICABLE
    assert "did not answer before the upgrade either" in verdict.reason


def test_a_container_whose_policy_does_not_restart_it_is_stopped_as_documented(upgrade):
    """restart=no without live-restore: stopped after is what Docker documents, not a failure; its ports
    are not tried, and the note says why."""
    theirs = tuple(replace(t, restart="no") for t in upgrade.before.theirs)
    stopped = replace(
        _theirs(upgrade, running=False, ports={}), before=replace(upgrade.before, theirs=theirs)
    )
    assert registry.judge("U-USER-1", stopped, PROFILE).status is Status.CONFORMS
    ports = registry.judge("U-USER-2", stopped, PROFILE)
    assert "does not bring it back" in ports.reason


def test_with_live_restore_nothing_stopped_and_docker_user_fell_behind():
    """A restart of this machine's own Docker 20.10.24 with live-restore (recorded): no container of
    the suite's or the user's stopped (U-LIVE-1, U-USER-1); the port on loopback and the names were
    out while the engine was down, another host's way in was not. And DOCKER-USER was no longer
    first: 20.10 restarted with running containers does not set up its user chain again (moby issue
    48560, fixed by PR 48577 in 27.4), which U-UFW-1 fails on, naming FORWARD's first rule."""
    live = store.load(RECORDED / "docker-20.10-live-restore", "upgrade")
    assert live.live_restore
    verdicts = {c: registry.judge(c, live, PROFILE) for c in U_CLAIMS}
    assert verdicts["U-LIVE-1"].status is Status.CONFORMS, verdicts["U-LIVE-1"].message()
    assert verdicts["U-USER-1"].status is Status.CONFORMS, verdicts["U-USER-1"].message()
    assert {c for c, v in verdicts.items() if v.status is Status.FAILS} == {"U-UFW-1"}
    assert (
        "FORWARD's first rule after the upgrade: expected '-A FORWARD -j DOCKER-USER'"
        in verdicts["U-UFW-1"].reason
    )
    out = {o.what: o for o in live.outages}
    assert out["loopback"].failed
    assert out["name"].failed
    assert not out["another host"].failed


READS = {  # each claim's part of the record from before the upgrade
    "U-RESTART-1": "kept", "U-UNET-1": "networks", "U-UNET-2": "kept", "U-UPORT-1": "tries",
    "U-UPORT-2": "tries", "U-UDNS-1": "tries", "U-UFW-1": "docker_user", "U-UFW-2": "tries",
    "U-UFW-3": "tries", "U-USER-1": "theirs", "U-USER-2": "theirs",
}  # fmt: skip


@pytest.mark.parametrize("claim", sorted(READS))
def test_a_record_emptied_of_what_a_claim_reads_is_never_a_pass_and_never_raises(upgrade, claim):
    """Missing evidence is not applicable, never a pass; no part of the record emptied makes a judge
    raise."""
    for name in ("kept", "networks", "theirs", "tries", "docker_user", "forward", "suite_rules"):
        emptied = replace(upgrade, before=replace(upgrade.before, **{name: ()}))
        verdict = registry.judge(claim, emptied, PROFILE)
        if name == READS[claim]:
            assert verdict.status is Status.NOT_APPLICABLE, (name, verdict.message())
