"""Docker 29, built from moby's tagged source (`tox -e matrix -- --moby-source ...`): its recorded
observations pass under their own version's and backend's profile; each D-GWM claim and the
nftables backend's packet-filter checks fail on one deviation; the source is checked before a build.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from docker_conformance.conformance import catalog
from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.profile import documented
from docker_conformance.conformance.core.summary import Summary
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.judges.shared import refused_for
from docker_conformance.conformance.model import store
from docker_conformance.conformance.model.gateway_modes import GatewayModes, ModeNetwork
from docker_conformance.conformance.model.netns import Route
from docker_conformance.conformance.model.packet_filter import nft_lines
from docker_conformance.conformance.model.reachability import Attempt, Reachability
from docker_conformance.conformance.outputs import diff
from docker_conformance.engines import matrix
from docker_conformance.engines.launch import engine
from docker_conformance.engines.provision import DEFAULT_ROOT, SourceError, verified, version_of
from tests.conftest import RECORDED
from tests.helpers import mutate as m
from tests.helpers.runner import run_suite

SILENT = Attempt("x", "no answer", error="nothing within 1 s")
ANSWERED = Attempt("x", "answered", "conformance")
IPTABLES, NFTABLES = RECORDED / "docker-29.7", RECORDED / "docker-29.7-nftables"
GWM = ("D-GWM-1", "D-GWM-2", "D-GWM-3", "D-GWM-4")


def _profile(backend: str = "iptables"):
    return documented().for_engine("Docker Engine", "29.7.2", "rootful", backend)


def _mode(gwm: GatewayModes, mode: str, **changes) -> GatewayModes:
    return replace(gwm, networks={**gwm.networks, mode: replace(gwm.networks[mode], **changes)})


def _as_nat(gwm: GatewayModes) -> GatewayModes:
    """The routed network as a plain `nat` network shows itself: its container's address is not
    routed to (raw PREROUTING drops it) and its traffic leaves masqueraded."""
    return _mode(gwm, "routed", published=SILENT, egress_peer=gwm.host_address)


def _without_nft(r: Reachability, needle: str) -> Reachability:
    rules = {t: tuple(x for x in lines if needle not in x) for t, lines in r.after.nft_rules.items()}
    return replace(r, after=replace(r.after, nft_rules=rules))


GWM_DEVIATIONS = {
    "D-GWM-1 a nat network in its place": ("D-GWM-1", _as_nat, "the outside at <container address>:8080"),
    "D-GWM-1 unpublished port answers": (
        "D-GWM-1",
        lambda g: _mode(g, "routed", unpublished=ANSWERED),
        "(unpublished)",
    ),
    "D-GWM-1 host port open": (
        "D-GWM-1",
        lambda g: _mode(g, "routed", host_port=replace(ANSWERED, target="198.18.0.1:32768")),
        "HostPort inspect shows",
    ),
    "D-GWM-2 a nat network in its place": (
        "D-GWM-2",
        lambda g: _mode(g, "nat-unprotected", unpublished=SILENT),
        "(unpublished)",
    ),
    "D-GWM-3 the bridge keeps its address": (
        "D-GWM-3",
        lambda g: _mode(g, "isolated", bridge_addresses=("198.18.9.1/24",)),
        "IPv4 addresses",
    ),
    "D-GWM-4 the untrusted link gets in": (
        "D-GWM-4",
        lambda g: _mode(g, "trusted_host_interfaces", untrusted=ANSWERED),
        "another link",
    ),
    "D-GWM-4 a suite rule drops the trusted link": (
        "D-GWM-4",
        lambda g: _mode(g, "trusted_host_interfaces", published=SILENT),
        "the trusted link",
    ),
    "D-GWM-1 refused by the engine": (
        "D-GWM-1",
        lambda g: _mode(g, "routed", refused="invalid gateway mode"),
        "the engine makes a network with routed",
    ),
}
# one for each fact the ones above leave unreached (tests/judges/test_every_fact.py counts them)
GWM_DEVIATIONS |= {
    "D-GWM-2 the published port silent": (
        "D-GWM-2",
        lambda g: _mode(g, "nat-unprotected", published=SILENT),
        "(published)",
    ),
    "D-GWM-3 a default route": (
        "D-GWM-3",
        lambda g: _mode(
            g,
            "isolated",
            inside=replace(
                g.networks["isolated"].inside,
                routes=(
                    *g.networks["isolated"].inside.routes,
                    Route("default", "198.18.13.1", "eth0", "global"),
                ),
            ),
        ),
        "default route",
    ),
    "D-GWM-3 g2 silent": (
        "D-GWM-3",
        lambda g: _mode(g, "isolated", peer=m.lost(g.networks["isolated"].peer)),
        "g2",
    ),
    "D-GWM-3 the outside saw it": (
        "D-GWM-3",
        lambda g: _mode(g, "isolated", egress_peer="198.18.13.2"),
        "saw a connection",
    ),
}
NFT_DEVIATIONS = {
    "D-FW-2 nftables: no unpublished-port drop": (
        "D-FW-2",
        lambda r: _without_nft(r, "UNPUBLISHED PORT DROP"),
        "ip docker-bridges",
    ),
    "D-FW-2 nftables: no DNAT": ("D-FW-2", lambda r: _without_nft(r, "dnat to"), "missing"),
    "D-FW-1 nftables: the suite's table ignored": (
        "D-FW-1",
        lambda r: replace(r, behind_rule=ANSWERED),
        "behind the rule",
    ),
}
# every negative control here, by the claim it fails (for the registry's self-test)
CONTROLS = {**GWM_DEVIATIONS, **NFT_DEVIATIONS}


@pytest.fixture(scope="module")
def gwm() -> GatewayModes:
    return store.load(IPTABLES, "gateway_modes")


@pytest.fixture(scope="module")
def nft_reach() -> Reachability:
    return store.load(NFTABLES, "reachability")


@pytest.mark.parametrize("where", [IPTABLES, NFTABLES], ids=["iptables", "nftables"])
def test_docker_29_passes_as_documented_for_its_version_and_backend(where):
    backend = "nftables" if where == NFTABLES else "iptables"
    observed = store.load_all(where)
    verdicts = {
        c.id: c.judge(observed[c.observes], _profile(backend))
        for c in registry.claims().values()
        if c.observes in observed
    }
    assert set(verdicts) >= {*GWM, "D-FW-1", "D-FW-2", "D-REACH-1"}
    passing = (Status.CONFORMS, Status.DOCUMENTED)
    assert {c: v.message() for c, v in verdicts.items() if v.status not in passing} == {}


def test_the_nftables_backend_is_judged_not_skipped(nft_reach):
    fw2 = registry.judge("D-FW-2", nft_reach, _profile("nftables"))
    assert fw2.status is Status.DOCUMENTED, fw2.message()
    assert "nftablesdoc" in fw2.reason
    fw1 = registry.judge("D-FW-1", nft_reach, _profile("nftables"))
    assert "a table of the suite's own" in fw1.message()
    assert nft_reach.user_rule.startswith("nft -f -")
    assert "dcf-" in nft_reach.user_rule


@pytest.mark.parametrize(
    ("version", "since"), [("20.10.24", "27.0"), ("26.1.5", "27.0"), ("27.5.1", "28.0"), ("28.1.1", "28.2")]
)
def test_an_engine_before_a_mode_is_not_applicable_naming_the_release(gwm, version, since):
    profile = documented().for_engine("Docker Engine", version)
    verdicts = [registry.judge(c, gwm, profile) for c in GWM]
    skipped = [v for v in verdicts if v.status is Status.NOT_APPLICABLE]
    assert skipped, [v.message() for v in verdicts]
    assert all("predates" in v.reason and "PR " in v.reason for v in skipped)
    assert any(since in v.reason for v in skipped)


def test_a_mode_not_made_is_not_applicable_not_conforming(gwm):
    verdict = registry.judge("D-GWM-3", replace(gwm, networks={}), _profile())
    assert verdict.status is Status.NOT_APPLICABLE


def test_nftables_changes_apply_to_that_backend_only():
    iptables, nftables = _profile(), _profile("nftables")
    assert iptables.reach.user_chain == "DOCKER-USER"
    assert nftables.reach.user_chain != "DOCKER-USER"
    assert nftables.ipv6.published_via == "nftables DNAT"
    assert "nftables backend" in catalog.cited(nftables.changed["firewall.nft"])
    assert "DOCKER-INTERNAL" in " ".join(iptables.firewall.filter)
    assert not any("RETURN" in rule for rule in iptables.firewall.nat)


def test_nft_lines_reads_moby_s_documented_table():
    listing = "\n".join(
        [
            "table ip docker-bridges {",
            "\tmap filter-forward-in-jumps {",
            "\t\ttype ifname : verdict",
            '\t\telements = { "docker0" : jump filter-forward-in__docker0,',
            '\t\t\t     "bridge1" : jump filter-forward-in__bridge1 }',
            "\t}",
            "",
            "\tchain nat-OUTPUT {",
            "\t\ttype nat hook output priority dstnat; policy accept;",
            "\t\tip daddr != 127.0.0.0/8 fib daddr type local counter packets 3 bytes 180 "
            "jump nat-prerouting-and-output",
            "\t}",
            "",
            "\tchain nat-postrouting-in__docker0 {",
            "\t}",
            "}",
        ]
    )
    assert nft_lines(listing) == (
        'filter-forward-in-jumps: "docker0" : jump filter-forward-in__docker0',
        'filter-forward-in-jumps: "bridge1" : jump filter-forward-in__bridge1',
        "chain nat-OUTPUT",
        "nat-OUTPUT: type nat hook output priority dstnat; policy accept;",
        "nat-OUTPUT: ip daddr != 127.0.0.0/8 fib daddr type local counter jump nat-prerouting-and-output",
        "chain nat-postrouting-in__docker0",
    )


def test_the_suite_keeps_only_its_own_lines_of_docker_s_table(nft_reach):
    """Another bridge's chains and map elements, another container's rules: left out."""
    other = (
        'filter-forward-in-jumps: "br-0123456789ab" : jump filter-forward-in__br-0123456789ab',
        "chain filter-forward-in__br-0123456789ab",
        'nat-prerouting-and-output: iifname != "docker0" tcp dport 9999 counter dnat to 172.17.0.9:80',
    )
    table = "ip docker-bridges"
    rules = nft_reach.after.nft_rules
    busier = replace(nft_reach.after, nft_rules={**rules, table: rules[table] + other})
    assert nft_reach.nft_ours(busier, table) == nft_reach.nft_ours(nft_reach.after, table)


@pytest.mark.parametrize(
    ("refusal", "holds"),
    [
        ("user specified IP address is supported on user defined networks only", True),  # 20.10
        ("invalid config for network bridge: invalid endpoint settings:\n"
         "user-specified IP address is supported on user-defined networks only", True),  # 29.2 on
        ("network-scoped aliases are only supported for user-defined networks", True),  # 29.2 on
        ("", False),  # accepted
        ("unable to find network with name or ID bridge", False),  # refused for another reason
    ],
)  # fmt: skip
def test_a_refusal_is_judged_by_its_meaning_not_its_wording(refusal, holds):
    assert refused_for(documented().files.ip_on_bridge, refusal) is holds


def test_a_source_is_checked_against_its_checksum(tmp_path: Path):
    tarball = tmp_path / "moby-docker-v29.7.2.tar.gz"
    tarball.write_bytes(b"not moby")
    with pytest.raises(SourceError, match="no checksum file"):
        verified(tarball)
    (tmp_path / f"{tarball.name}.sha256").write_text(f"{'0' * 64}  {tarball.name}\n")
    with pytest.raises(SourceError, match="has SHA-256"):
        verified(tarball)
    digest = hashlib.sha256(b"not moby").hexdigest()
    (tmp_path / f"{tarball.name}.sha256").write_text(f"{digest}  {tarball.name}\n")
    assert verified(tarball) == digest
    assert version_of(tarball) == "29.7.2"
    with pytest.raises(SourceError, match="is not there"):
        verified(tmp_path / "missing.tar.gz")


def test_the_matrix_says_in_one_line_why_docker_29_is_skipped(tmp_path: Path, capsys):
    assert matrix._built(tmp_path / "moby-docker-v29.7.2.tar.gz", tmp_path) is None
    assert matrix._built(None, tmp_path) is None
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert all(line.startswith("== Docker 29: ") and "skipped" in line for line in lines)


def test_every_mode_network_round_trips_through_json(gwm):
    assert store.loads("gateway_modes", store.dumps("gateway_modes", gwm)) == gwm
    assert all(isinstance(n, ModeNetwork) for n in gwm.networks.values())


def _built() -> Path | None:
    """A Docker 29 built by the matrix (`--moby-source`) on this machine, if any."""
    found = sorted(DEFAULT_ROOT.joinpath("builds").glob("*/dockerd"))
    return found[0].parent if found and DEFAULT_ROOT.joinpath("sid/usr/sbin/runc").exists() else None


@pytest.mark.engine
@pytest.mark.root
@pytest.mark.mutant
@pytest.mark.skipif(os.geteuid() != 0 or _built() is None, reason="needs root and the matrix's Docker 29")
def test_a_rule_the_suite_adds_before_docker_s_fails_the_gateway_modes(tmp_path: Path):
    """Docker 29 in a namespace of the suite's own, with a rule there that drops whatever arrives from
    the suite's outsides (`-i dcf+`): the routed network's published port, the nat-unprotected one's
    unpublished port and the trusted link no longer get in, and the verdicts say what was not
    reached; the isolated network, which no outside enters, still conforms."""
    with engine(rootfs=DEFAULT_ROOT / "sid", binaries=_built()) as running:
        rule = ["DOCKER-USER", "-i", "dcf+", "-m", "comment", "--comment", "dcf-test", "-j", "DROP"]
        subprocess.run(["nsenter", f"--net={running.netns}", "iptables", "-I", *rule], check=True)
        result = run_suite("-k", "GWM", env={"DOCKER_HOST": running.docker_host}, reports=tmp_path)
    summary = Summary.load(tmp_path / "summary.json")
    assert result.returncode == 1, result.stdout
    assert set(summary.failed()) == {"D-GWM-1", "D-GWM-2", "D-GWM-4"}
    assert "expected 'reached'" in summary.claims["D-GWM-1"].reason
    assert "the trusted link" in summary.claims["D-GWM-4"].reason


@pytest.mark.engine
@pytest.mark.root
@pytest.mark.mutant
@pytest.mark.skipif(os.geteuid() != 0 or _built() is None, reason="needs root and the matrix's Docker 29")
def test_on_nftables_the_suite_s_own_table_blocks_and_a_dead_run_s_is_swept(tmp_path: Path):
    """Docker 29 with the nftables backend: D-FW-1 is judged with a table of the suite's own; a table
    a killed run left (`ip dcf-...-fw` of a dead process) is swept and named, a user's table is not
    touched, and the ruleset after the run is the one before (counters aside)."""
    with engine(rootfs=DEFAULT_ROOT / "sid", binaries=_built(), **matrix.NFTABLES) as running:
        assert running.daemon is not None  # unshare, nsenter and sh exec: its PID is dockerd's
        nft = ["nsenter", f"--net={running.netns}", f"--root=/proc/{running.daemon.pid}/root", "nft"]
        for table in ("dcf-deadbeef-999999-1-fw", "a-users-own"):
            subprocess.run([*nft, "add", "table", "ip", table], check=True)
        before = subprocess.run([*nft, "-s", "list", "ruleset"], capture_output=True, text=True).stdout
        result = run_suite("-k", "D-FW", env={"DOCKER_HOST": running.docker_host}, reports=tmp_path)
        after = subprocess.run([*nft, "-s", "list", "ruleset"], capture_output=True, text=True).stdout
    assert result.returncode == 0, result.stdout
    assert "nftables table `ip dcf-deadbeef-999999-1-fw`" in result.stdout
    assert after == before.replace("table ip dcf-deadbeef-999999-1-fw {\n}\n", "")
    assert "table ip a-users-own" in after
    summary = Summary.load(tmp_path / "summary.json")
    assert {summary.claims[c].verdict for c in ("D-FW-1", "D-FW-2")} == {Status.DOCUMENTED}


def test_the_upgrade_diff_names_the_change_behind_an_engine_fact():
    """28.5 -> 29.7: the storage driver (the containerd image store) and the oldest API version
    served move, and the diff names the documented change for each."""
    before = Summary.load(RECORDED / "docker-28.5" / "summary.json")
    engine = {**before.engine, "engine.version": "29.7.2", "engine.storage_driver": "overlayfs",
              "engine.min_api_version": "1.40"}  # fmt: skip
    after = replace(before, engine=engine)
    text = diff.markdown(before, after, [])
    assert "containerd image store is the default" in text
    assert "moby PR 52067" in text
    assert diff.explained(after, "engine.kernel") == ""


@pytest.mark.engine
@pytest.mark.root
@pytest.mark.mutant
@pytest.mark.skipif(os.geteuid() != 0 or _built() is None, reason="needs root and the matrix's Docker 29")
@pytest.mark.parametrize("version", ["28.5", "29.7"])
def test_an_engine_configured_on_purpose_fails_nothing_under_its_own_profile(version: str, tmp_path: Path):
    """Docker 28.5 (sid's own) and 29.7 with 28's own settings at once in their daemon.json
    (icc=false, ip6tables=false, allow-direct-routing): under --profile daemon nothing fails,
    D-V6-5 deviates naming ip6tables, and D-FW-2 is judged as allow-direct-routing documents it
    (no raw-table drop of direct access): it deviates, naming the setting."""
    config = {"icc": False, "ip6tables": False, "allow-direct-routing": True}
    binaries = _built() if version == "29.7" else None
    with engine(rootfs=DEFAULT_ROOT / "sid", binaries=binaries, config=config) as running:
        result = run_suite("--profile", "daemon", env={"DOCKER_HOST": running.docker_host}, reports=tmp_path)
    summary = Summary.load(tmp_path / "summary.json")
    assert result.returncode == 0, result.stdout
    assert summary.engine["engine.version"].startswith(version)
    assert summary.failed() == []
    assert summary.claims["D-V6-5"].verdict == Status.DEVIATES
    assert "ip6tables=false" in summary.claims["D-V6-5"].reason
    fw2 = summary.claims["D-FW-2"]
    assert fw2.verdict == Status.DEVIATES, fw2.reason
    assert "allow-direct-routing" in fw2.reason


@pytest.mark.engine
@pytest.mark.root
@pytest.mark.mutant
@pytest.mark.skipif(os.geteuid() != 0 or _built() is None, reason="needs root and the matrix's Docker 29")
def test_bridge_accept_fwmark_s_rule_goes_with_any_network_and_the_suite_says_so(tmp_path: Path):
    """A finding on Docker 29.7.2: with bridge-accept-fwmark, the one ACCEPT rule it writes in
    DOCKER-FORWARD is deleted when any bridge network is removed, though docker0 still needs it.
    Judged by its own configuration, the engine is first as configured (D-FW-2 deviates, naming the
    setting), then, once another network came and went, internally inconsistent, naming the rule."""
    config = {"bridge-accept-fwmark": "2/3"}
    with engine(rootfs=DEFAULT_ROOT / "sid", binaries=_built(), config=config) as running:
        env = {"DOCKER_HOST": running.docker_host}
        first = run_suite("--profile", "daemon", "-k", "D-FW-2", env=env, reports=tmp_path / "first")
        docker = ["docker", "-H", running.docker_host, "network"]
        subprocess.run([*docker, "create", "--subnet", "198.18.77.0/24", "dcf-test-gone"], check=True)
        subprocess.run([*docker, "rm", "dcf-test-gone"], check=True)
        then = run_suite("--profile", "daemon", "-k", "D-FW-2", env=env, reports=tmp_path / "then")
    assert first.returncode == 0, first.stdout
    assert Summary.load(tmp_path / "first" / "summary.json").claims["D-FW-2"].verdict == Status.DEVIATES
    assert then.returncode == 1, then.stdout
    record = Summary.load(tmp_path / "then" / "summary.json").claims["D-FW-2"]
    assert record.verdict == Status.INCONSISTENT
    assert "-m mark --mark 0x2/0x3 -j ACCEPT" in record.reason
    assert "bridge-accept-fwmark=2/3" in record.reason
