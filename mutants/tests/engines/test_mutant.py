"""A deliberately misconfigured engine fails exactly the claims its configuration breaks.

`--bip 198.18.201.1/24 --mtu 1450 --icc=false`, in a namespace of its own (and, below, more flags:
`--userland-proxy=false --ip 127.0.0.1 --host-gateway-ip ...`, `--ip-forward=false`). Under the documented
default profile the bip and mtu claims fail, and S-PING-1 (icc); D-HOSTGW-1 (host-gateway
is the bip's gateway) and D-OPT-1 (the bridge's options) too. Under the `daemon` profile, read
from the engine's own command line and config file, every configured deviation is explained and
nothing fails; with `--expect-config` the engine is judged by a golden file, and its drift named.
"""

from __future__ import annotations

import os
import subprocess

import pytest

from docker_conformance.conformance import catalog
from docker_conformance.conformance.core.summary import Summary
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.engines.launch import engine
from tests.helpers.broken import BROKEN_BY
from tests.helpers.runner import run_suite

pytestmark = [
    pytest.mark.mutant,
    pytest.mark.root,
    pytest.mark.skipif(os.geteuid() != 0, reason="a second engine needs root"),
]


@pytest.fixture(scope="module")
def mutant(tmp_path_factory):
    """The suite's summary under each profile, from one run of the misconfigured engine."""
    with engine("--bip", "198.18.201.1/24", "--mtu", "1450", "--icc=false") as running:
        results = {}
        for profile in ("default", "daemon"):
            reports = tmp_path_factory.mktemp(profile)
            result = run_suite(
                "--profile", profile, env={"DOCKER_HOST": running.docker_host}, reports=reports
            )
            results[profile] = (result, Summary.load(reports / "summary.json"))
        yield results


def test_engine_found_in_its_own_namespace(mutant):
    _, summary = mutant["default"]
    assert summary.engine["engine.netns"].startswith("/proc/")
    assert summary.claims["S-INST-1"].verdict == Status.CONFORMS


def test_default_profile_fails_exactly_what_the_flags_break(mutant):
    result, summary = mutant["default"]
    assert result.returncode == 1
    assert set(summary.failed()) == set().union(*BROKEN_BY.values())
    assert "198.18.201.1" in catalog.column(summary.claims["S-BR-1"].facts, "observed")
    assert "1450" in catalog.column(summary.claims["S-VETH-2"].facts, "observed")


def test_daemon_profile_explains_every_setting(mutant):
    result, summary = mutant["daemon"]
    assert result.returncode == 0, result.stdout
    assert summary.failed() == []
    deviating = {c for c, r in summary.claims.items() if r.verdict == Status.DEVIATES}
    assert (BROKEN_BY["bip"] | BROKEN_BY["mtu"] | {"S-PING-1"}) <= deviating
    assert "icc=false (dockerd's command line)" in summary.claims["S-PING-1"].reason
    assert summary.claims["D-FW-2"].verdict == Status.DEVIATES  # judged: the DROP icc=false writes
    assert "icc=false" in summary.claims["D-FW-2"].reason
    assert "bip=198.18.201.1/24 (dockerd's command line)" in summary.configuration["settings"]


def test_a_config_file_and_flags_are_read_from_the_engine_and_drift_is_named(tmp_path):
    """Settings in the engine's own --config-file (read through /proc/PID/root) and on its command
    line; then the same engine judged by a golden file that disagrees on one setting."""
    golden = tmp_path / "golden.json"
    golden.write_text('{"dns": ["198.51.100.53"], "mtu": 1500}')
    with engine(
        "--mtu", "1450", config={"dns": ["198.51.100.53"], "dns-search": ["example.test"]}
    ) as running:
        env = {"DOCKER_HOST": running.docker_host}
        daemon = run_suite("--profile", "daemon", env=env, reports=tmp_path / "daemon")
        drifted = run_suite("--expect-config", str(golden), "--explain", env=env, reports=tmp_path / "golden")
    summary = Summary.load(tmp_path / "daemon" / "summary.json")
    assert daemon.returncode == 0, daemon.stdout
    resolv = summary.claims["D-RESOLV-1"]
    assert resolv.verdict == Status.DEVIATES
    assert f"dns=198.51.100.53 ({running.state}/daemon.json)" in resolv.reason
    assert "dns-search=example.test" in resolv.reason
    assert summary.claims["S-VETH-2"].verdict == Status.DEVIATES
    assert drifted.returncode == 26, drifted.stdout
    summary = Summary.load(tmp_path / "golden" / "summary.json")
    assert summary.drift == [
        f"dns-search: unset in {golden}; the engine has dns-search=example.test ({running.state}/daemon.json)",  # noqa: E501
        f"mtu: 1500 in {golden}; the engine has mtu=1450 (dockerd's command line)",
    ]
    assert f"Drift from {golden}" in drifted.stdout
    assert summary.failed() == ["S-VETH-2", "D-OPT-1"]  # judged by the file: 1500


# more daemon flags, each set breaking the claims named (under the documented default profile)
MORE_MUTANTS = {
    "no userland proxy, --ip, --host-gateway-ip": (
        ("--userland-proxy=false", "--ip", "127.0.0.1", "--host-gateway-ip", "198.51.100.7"),
        {
            "D-PORT-2": "[::1]",
            "D-OPT-1": "host_binding_ipv4=127.0.0.1",
            "D-HOSTGW-1": "198.51.100.7",
            "D-REACH-1": "the outside reads through",  # `--ip 127.0.0.1`: -p PORT:8080 binds loopback
            "D-FW-2": "nat rules",  # no userland proxy: other nat rules, the DNAT on 127.0.0.1
            "D-V6-5": "how the outside reaches",  # no proxy and, before 27.0, no ip6tables DNAT
        },
    ),
    "no forwarding": (
        ("--ip-forward=false",),
        {
            "D-FWD-1": "net.ipv4.ip_forward",
            "S-EGRESS-1": "masquerade",
            "D-PORT-3": "published on every address",
            "D-REACH-1": "the outside reads through",
            "D-REACH-3": "expected 'reached', saw 'blocked'",
            "D-V6-4": "received the payload",  # IPv6 is not forwarded either
        },
    ),
    "no iptables": (
        ("--iptables=false",),
        {
            "S-EGRESS-1": "masquerade",
            "D-UBR-3": "other network",
            "D-ICC-1": "enable_icc=false",
            "D-OPT-1": "Options",
            "D-FWD-1": "FORWARD's first rule",
            "D-FW-1": "DOCKER-USER exists",
            "D-FW-2": "filter rules",
            "D-REACH-2": "reached an unpublished container port",  # nothing drops: exposed
        },
    ),
}


@pytest.mark.parametrize(("flags", "broken"), MORE_MUTANTS.values(), ids=MORE_MUTANTS.keys())
def test_more_flags_break_exactly_their_claims_and_the_daemon_profile_explains_them(tmp_path, flags, broken):
    with engine(*flags) as running:
        result = run_suite(env={"DOCKER_HOST": running.docker_host}, reports=tmp_path / "default")
        daemon = run_suite("--profile", "daemon", env={"DOCKER_HOST": running.docker_host}, reports=tmp_path)
    summary = Summary.load(tmp_path / "default" / "summary.json")
    assert result.returncode == 1, result.stdout
    assert set(summary.failed()) == set(broken)
    for claim, words in broken.items():
        assert words in summary.claims[claim].reason, summary.claims[claim].reason
    explained = Summary.load(tmp_path / "summary.json")
    assert daemon.returncode == 0, daemon.stdout
    for claim in broken:  # each follows a setting, or a setting makes it meaningless: named either way
        record = explained.claims[claim]
        assert record.verdict in (Status.DEVIATES, Status.NOT_APPLICABLE), (claim, record.reason)
        assert "(dockerd's command line)" in record.reason, (claim, record.reason)


def test_a_users_docker_user_rule_breaks_exactly_what_it_drops(tmp_path):
    """A user's DOCKER-USER rule dropping whatever arrives from the suite's outsides (`-i dcf+`):
    what another host reaches fails, and D-FW-1, whose published port no longer answers at all,
    says it cannot judge the suite's own rule."""
    with engine() as running:
        rule = ["DOCKER-USER", "-i", "dcf+", "-m", "comment", "--comment", "a user's rule", "-j", "DROP"]
        subprocess.run(["nsenter", f"--net={running.netns}", "iptables", "-I", *rule], check=True)
        result = run_suite(env={"DOCKER_HOST": running.docker_host}, reports=tmp_path)
    summary = Summary.load(tmp_path / "summary.json")
    assert result.returncode == 1, result.stdout
    assert set(summary.failed()) == {"S-EGRESS-1", "D-PORT-3", "D-REACH-1", "D-REACH-3"}
    assert "the outside reads through" in summary.claims["D-REACH-1"].reason
    assert summary.claims["D-FW-1"].verdict == Status.NOT_APPLICABLE
    assert "does not answer the outside even without the rule" in summary.claims["D-FW-1"].reason


def test_a_port_enslaved_to_docker0_by_hand_fails_the_bridge_view_naming_it(tmp_path):
    """A port on docker0 that is no container's (one end of a veth pair both of whose ends are on the
    host, enslaved by hand; this kernel has no dummy driver): S-BRCTL-1 fails and names it, with
    `ip -d link` evidence; nothing else of the seed fails."""
    with engine() as running:
        here = ["nsenter", f"--net={running.netns}", "ip", "link"]
        subprocess.run([*here, "add", "dcfhand0", "type", "veth", "peer", "name", "dcfhand1"], check=True)
        subprocess.run([*here, "set", "dcfhand0", "master", "docker0", "up"], check=True)
        result = run_suite("-m", "seed", env={"DOCKER_HOST": running.docker_host}, reports=tmp_path)
    summary = Summary.load(tmp_path / "summary.json")
    assert result.returncode == 1, result.stdout
    assert set(summary.failed()) == {"S-BRCTL-1"}
    assert "dcfhand0" in summary.claims["S-BRCTL-1"].reason


# hosts configured on purpose (daemon.json), each judged by its own configuration: nothing fails
CONFIGURED_ON_PURPOSE = {
    "fixed-cidr alone": {"fixed-cidr": "172.17.5.0/24"},
    "bip with fixed-cidr": {"bip": "198.18.201.1/24", "fixed-cidr": "198.18.201.128/25"},
    "ipv6 with fixed-cidr-v6": {"ipv6": True, "fixed-cidr-v6": "2001:db8:dcf:9::/64"},
    "ip alone": {"ip": "127.0.0.1"},
    "userland-proxy=false alone": {"userland-proxy": False},
    "five settings at once": {
        "bip": "198.18.202.1/24", "mtu": 1450, "icc": False, "dns": ["127.0.0.53"], "userland-proxy": False,
    },
}  # fmt: skip


@pytest.mark.parametrize("config", CONFIGURED_ON_PURPOSE.values(), ids=CONFIGURED_ON_PURPOSE.keys())
def test_a_host_configured_on_purpose_fails_nothing_under_its_own_profile(tmp_path, config):
    with engine(config=config) as running:
        result = run_suite("--profile", "daemon", env={"DOCKER_HOST": running.docker_host}, reports=tmp_path)
    summary = Summary.load(tmp_path / "summary.json")
    assert result.returncode == 0, result.stdout
    assert summary.failed() == []
    moved = [r for r in summary.claims.values() if r.verdict == Status.DEVIATES]
    assert moved, "each of these settings moves some claim"
    assert all("daemon.json" in r.reason for r in moved)
    if "ipv6" in config:  # S-IPAM-2 and D-V6-6 agree about the same setting
        assert {summary.claims[c].verdict for c in ("S-IPAM-2", "D-V6-6")} == {Status.DEVIATES}


def test_a_host_whose_forward_policy_accepts_is_exposed_and_fails(tmp_path):
    """Docker 20.10 on a host that already forwarded (it then leaves FORWARD's policy ACCEPT): another
    host reaches unpublished container ports, and D-REACH-2 fails, naming the policy and the port."""
    with engine(forwarding=True) as running:
        result = run_suite("-k", "D-REACH", env={"DOCKER_HOST": running.docker_host}, reports=tmp_path)
    summary = Summary.load(tmp_path / "summary.json")
    assert result.returncode == 1, result.stdout
    assert summary.failed() == ["D-REACH-2"]
    assert "FORWARD's policy is ACCEPT" in summary.claims["D-REACH-2"].reason
    assert "reached an unpublished container port" in summary.claims["D-REACH-2"].reason
