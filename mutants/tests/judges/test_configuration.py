"""The engine's own configuration: dockerd's flags and file as dockerd combines them, what each
setting means for the claims (deviates, inconsistent, not applicable, not judged), and drift."""

from __future__ import annotations

import dataclasses
import os
import re

import pytest

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.configured import derive, expect_config
from docker_conformance.conformance.core.meanings import MEANINGS
from docker_conformance.conformance.core.profile import documented
from docker_conformance.conformance.core.summary import Summary, configuration_record
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.model import store
from docker_conformance.conformance.model.daemon import Configuration, drift, effective, parse_flags
from docker_conformance.conformance.model.execs import Exec
from docker_conformance.observe.daemon import _read_file, config_file
from tests.conftest import RECORDED

FILE = "/etc/docker/daemon.json"


def test_flags_read_as_dockerd_reads_them():
    argv = [
        "/usr/sbin/dockerd", "-H", "fd://", "--containerd=/run/containerd/containerd.sock",
        "--icc=false", "--mtu", "1450", "--dns", "198.51.100.53", "--dns=198.51.100.54", "--debug",
        "--default-address-pool", "base=198.18.0.0/16,size=24", "-b", "br0",
        "--default-network-opt", "bridge=com.docker.network.driver.mtu=1400", "--userland-proxy",
    ]  # fmt: skip
    assert parse_flags(argv) == {
        "hosts": ["fd://"],
        "containerd": "/run/containerd/containerd.sock",
        "icc": False,
        "mtu": 1450,
        "dns": ["198.51.100.53", "198.51.100.54"],
        "debug": True,
        "default-address-pools": [{"base": "198.18.0.0/16", "size": 24}],
        "bridge": "br0",
        "default-network-opts": {"bridge": {"com.docker.network.driver.mtu": "1400"}},
        "userland-proxy": True,
    }


def test_each_setting_names_where_it_came_from_and_a_conflict_is_said():
    config = effective(["dockerd", "--mtu", "1450"], {"mtu": 9000, "dns": ["198.51.100.53"]}, FILE)
    assert config.source("mtu") == "mtu=1450 (dockerd's command line)"
    assert config.source("dns") == f"dns=198.51.100.53 ({FILE})"
    assert "the file was changed after it started" in config.conflicts[0]


def test_drift_is_every_differing_setting_and_a_default_is_no_drift():
    engine = effective(["dockerd", "--icc=false", "--data-root", "/srv/docker"], {"mtu": 1450}, FILE)
    found = drift(
        {"mtu": 1500, "iptables": True, "bip": "10.99.0.1/24"}, engine, "golden.json", set(MEANINGS)
    )
    assert found == [
        "bip: 10.99.0.1/24 in golden.json; the engine has unset on the engine",
        "icc: unset in golden.json; the engine has icc=false (dockerd's command line)",
        f"mtu: 1500 in golden.json; the engine has mtu=1450 ({FILE})",
    ]  # iptables: true is dockerd's default, and data-root is read by no claim


def _profile(argv: list[str], file: dict | None = None):
    return derive(documented(), effective(["dockerd", *argv], file or {}, FILE), {})


def _unanswered(seed):
    ping = dataclasses.replace(
        seed.ping,
        exec=Exec(seed.ping.exec.command, 1, "4 packets transmitted, 0 packets received, 100% packet loss\n"),
    )
    return dataclasses.replace(seed, ping=ping)


# each setting, a claim it moves, and what that claim says of the recorded (default) engine:
# the engine does not do what the setting says, so the claim is internally inconsistent
INCONSISTENT = {
    "icc": (["--icc=false"], "S-PING-1", "seed", "icc=false (dockerd's command line)"),
    "dns": ([], "D-RESOLV-1", "user_bridges", f"dns=198.51.100.53 ({FILE})"),
    "dns-opts": (["--dns-opt", "ndots:2"], "D-RESOLV-1", "user_bridges", "dns-opts=ndots:2"),
    "host-gateway-ip": (["--host-gateway-ip", "198.51.100.7"], "D-HOSTGW-1", "user_bridges", "198.51.100.7"),
    "default-gateway": (
        ["--default-gateway", "172.17.0.9"],
        "S-ROUTE-1",
        "seed",
        "default-gateway=172.17.0.9",
    ),
    "fixed-cidr": (["--fixed-cidr", "172.17.1.0/24"], "S-IPAM-4", "seed", "fixed-cidr=172.17.1.0/24"),
    "ip-masq": (["--ip-masq=false"], "S-EGRESS-1", "seed", "ip-masq=false"),
    "pools": (["--default-address-pool", "base=198.19.0.0/16,size=24"], "D-UBR-1", "user_bridges", "pools"),
    "userland-proxy": (["--userland-proxy=false"], "D-PORT-2", "published_port", "userland-proxy=false"),
    "mtu": (["--mtu", "1450"], "D-OPT-1", "engine_config", "mtu=1450"),
}


@pytest.mark.parametrize(("argv", "claim", "observed", "words"), INCONSISTENT.values(), ids=INCONSISTENT)
def test_an_engine_not_doing_what_its_setting_says_is_inconsistent(
    observations, argv, claim, observed, words
):
    profile = _profile(argv, {"dns": ["198.51.100.53"]} if claim == "D-RESOLV-1" and not argv else None)
    verdict = registry.judge(claim, observations[observed], profile)
    assert verdict.status is Status.INCONSISTENT, verdict.message()
    assert words in verdict.reason or any(words in fact.line() for fact in verdict.facts), verdict.message()


def test_an_engine_doing_what_its_setting_says_deviates(recorded):
    verdict = registry.judge("S-PING-1", _unanswered(recorded), _profile(["--icc=false"]))
    assert verdict.status is Status.DEVIATES
    assert "icc=false (dockerd's command line)" in verdict.reason
    assert registry.judge("S-PING-1", _unanswered(recorded), documented()).status is Status.FAILS


@pytest.mark.parametrize(
    ("argv", "claim", "observed"),
    [
        (["--iptables=false"], "D-FWD-1", "engine_config"),
        (["--iptables=false"], "D-FW-2", "reachability"),
        (["--ip-forward=false"], "D-REACH-1", "reachability"),
        (["--default-gateway", "172.17.0.9"], "S-ROUTE-2", "seed"),
        (["--ip", "198.51.100.9"], "D-REACH-1", "reachability"),
    ],
)
def test_a_setting_that_makes_a_claim_meaningless_names_itself(observations, argv, claim, observed):
    verdict = registry.judge(claim, observations[observed], _profile(argv))
    assert verdict.status is Status.NOT_APPLICABLE
    assert f"{argv[0].lstrip('-').split('=')[0]}=" in verdict.reason
    assert "(dockerd's command line)" in verdict.reason


def test_a_setting_no_claim_reads_is_listed_not_judged():
    profile = _profile(["--log-level", "debug"], {"storage-driver": "overlay2", "mtu": 1450})
    assert profile.not_judged == ("log-level", "storage-driver")
    summary = Summary(claims={}, configuration=configuration_record(profile))
    assert any(
        "Configured, not judged" in line and "log-level, storage-driver" in line
        for line in summary.configured()
    )


def test_expect_config_judges_by_the_file_and_lists_the_drift():
    engine = effective(["dockerd", "--mtu", "1450"], {}, FILE)
    profile = expect_config(documented(), engine, {"mtu": 1500, "dns": ["198.51.100.53"]}, "golden.json", {})
    assert profile.files.dns == ("198.51.100.53",)
    assert profile.settings["files.dns"] == "dns=198.51.100.53 (golden.json)"
    assert profile.drift == (
        "dns: 198.51.100.53 in golden.json; the engine has unset on the engine",
        "mtu: 1500 in golden.json; the engine has mtu=1450 (dockerd's command line)",
    )
    summary = Summary(claims={}, configuration=configuration_record(profile))
    assert summary.drift == list(profile.drift)
    assert summary.configured()[0] == "Drift from golden.json (2 setting(s); exit status 26):"
    assert "golden.json과 다른 설정 (2개" in summary.configured("ko")[0]


def test_an_unread_configuration_says_why():
    summary = Summary(claims={}, configuration=configuration_record(_unread_profile()))
    assert summary.configured() == [
        "The engine's configuration, not read: the file is closed (Permission denied)."
    ]


def _unread_profile():
    return derive(documented(), Configuration(unread=("the file is closed (Permission denied)",)), {})


def test_the_file_dockerd_reads_is_found_as_dockerd_finds_it():
    pid = os.getpid()
    assert config_file(["dockerd", "--config-file=/srv/d.json"], pid, rootless=False) == "/srv/d.json"
    assert config_file(["dockerd", "--config-file", "/srv/d.json"], pid, rootless=True) == "/srv/d.json"
    assert config_file(["dockerd"], pid, rootless=False) == "/etc/docker/daemon.json"
    rootless = config_file(["dockerd"], pid, rootless=True)
    assert rootless.endswith("/docker/daemon.json")
    assert rootless != "/etc/docker/daemon.json"


@pytest.mark.parametrize(
    ("text", "why"),
    [("{not json", "is not valid JSON"), ("[1]", "holds no JSON object"), (b"\xff\xfe", "is not text")],
)
def test_an_unreadable_file_is_named_not_guessed(tmp_path, text, why):
    path = tmp_path / "daemon.json"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    data, said = _read_file(os.getpid(), str(path))
    assert data is None
    assert said.startswith(f"{path} {why}")


def test_ip_moves_what_it_touches_and_judges_the_rest(observations):
    """--ip 127.0.0.1 touches the default bridge only: D-REACH-1 then expects another host to reach
    nothing, D-FW-2 the DNAT rule on 127.0.0.1; D-PORT-2's port (a user network's) is judged as
    documented, not skipped."""
    profile = _profile(["--ip", "127.0.0.1"])
    assert "D-PORT-2" not in profile.inapplicable
    assert registry.judge("D-PORT-2", observations["published_port"], profile).status is Status.CONFORMS
    assert profile.reach.published is False
    assert any(rule.startswith("-A DOCKER -d 127.0.0.1/32 ! -i {bridge} -p tcp -m tcp --dport {port} ")
               for rule in profile.firewall.nat)  # fmt: skip
    verdict = registry.judge("D-FW-2", observations["reachability"], profile)
    assert verdict.status is Status.INCONSISTENT  # the recorded engine's DNAT matches every address
    assert "ip=127.0.0.1" in verdict.reason


def test_the_settings_table_covers_every_setting_the_suite_reads():
    """docs/settings.md is derived from the meanings: each has a value shown, a source, and names
    the claims it moves or leaves unjudged (a meaning lost in an edit would leave a row out)."""
    from docker_conformance.conformance.outputs import settingsdoc

    assert set(settingsdoc.SAMPLES) == set(MEANINGS)
    text = settingsdoc.markdown(documented())
    for name in MEANINGS:
        row = next(line for line in text.splitlines() if line.startswith(f"| `{name}` |"))
        assert "dockerd reference" in row or "moby" in row or "release notes" in row, row
    assert "| `icc` | `icc=False` | D-FW-2, D-OPT-1, S-PING-1 |" in text


def _without_direct_access_drops(packet_filter):
    """The packet filter as the engine makes it with allow-direct-routing: no drop of what another
    host routes to a container's address (moby's `filterDirectAccess`), in either backend."""
    kept = {
        table: tuple(
            line for line in lines if not re.search(r"-A PREROUTING -d [\d.]+/32 ! -i \S+ -j DROP$", line)
        )
        for table, lines in packet_filter.tables.items()
    }
    nft = {
        t: tuple(r for r in rules if '"DROP DIRECT ACCESS"' not in r)
        for t, rules in packet_filter.nft_rules.items()
    }
    return dataclasses.replace(packet_filter, tables=kept, nft_rules=nft)


@pytest.mark.parametrize(
    ("folder", "version", "backend"),
    [("docker-28.5", "28.5.2", "iptables"), ("docker-29.7", "29.7.2", "iptables"),
     ("docker-29.7-nftables", "29.7.2", "nftables")],
)  # fmt: skip
def test_allow_direct_routing_judges_the_raw_table_without_its_direct_access_drops(folder, version, backend):
    """The setting's documented effect, judged (not left unjudged): an engine with it deviates from
    the default, naming it; one that still drops direct access, as these recorded engines did
    without it, is inconsistent with its own configuration."""
    base = documented().for_engine("Docker Engine", version, "rootful", backend)
    profile = derive(base, effective(["dockerd", "--allow-direct-routing"], {}, FILE), {})
    recorded = store.load(RECORDED / folder, "reachability")
    still = registry.judge("D-FW-2", recorded, profile)
    assert still.status is Status.INCONSISTENT, still.message()
    assert "allow-direct-routing" in still.message()
    routed = dataclasses.replace(
        recorded,
        before=_without_direct_access_drops(recorded.before),
        after=_without_direct_access_drops(recorded.after),
    )
    verdict = registry.judge("D-FW-2", routed, profile)
    assert verdict.status is Status.DEVIATES, verdict.message()
    assert "allow-direct-routing" in verdict.message()
