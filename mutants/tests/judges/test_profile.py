"""Profiles are data: validated, laid over the default, derived from an engine's configuration."""

from __future__ import annotations

from dataclasses import replace

import pytest

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.configured import derive
from docker_conformance.conformance.core.errors import ExitStatus, SuiteError
from docker_conformance.conformance.core.profile import documented, from_file
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.model.daemon import Configuration, effective
from tests.helpers import mutate as m

MUTANT_BRIDGE = {
    "IPAM": {"Driver": "default", "Config": [{"Subnet": "10.99.0.0/24", "Gateway": "10.99.0.1"}]},
    "Options": {"com.docker.network.driver.mtu": "1450", "com.docker.network.bridge.name": "docker0"},
}


def test_documented_profile_is_the_seed():
    profile = documented()
    assert (profile.bridge.subnet, profile.bridge.gateway, profile.bridge.mtu) == (
        "172.17.0.0/16",
        "172.17.0.1",
        1500,
    )
    assert profile.settings == {}


def test_a_profile_file_overlays_the_default(tmp_path):
    path = tmp_path / "mtu.toml"
    path.write_text("name = 'jumbo'\n[bridge]\nmtu = 9000\n")
    profile = from_file(path)
    assert (profile.name, profile.bridge.mtu, profile.bridge.subnet) == ("jumbo", 9000, "172.17.0.0/16")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("[bridge]\nmtu = 'big'\n", "`bridge.mtu`"),
        ("[bridge]\nmtuu = 1500\n", "`bridge.mtuu`"),
        ("[container]\nmac = 'whatever'\n", "`container.mac`"),
        ("this is = not toml [", "not valid TOML"),
    ],
)
def test_an_invalid_profile_is_rejected_by_name(tmp_path, text, named):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(SuiteError) as caught:
        from_file(path)
    assert caught.value.status is ExitStatus.INVALID_PROFILE
    assert named in caught.value.paragraph()


def test_daemon_profile_names_each_setting():
    config = effective(["dockerd", "--mtu", "1450"], {"bip": "10.99.0.1/24"}, "/etc/docker/daemon.json")
    profile = derive(documented(), config, MUTANT_BRIDGE)
    assert profile.bridge.subnet == "10.99.0.0/24"
    assert profile.bridge.broadcast == "10.99.0.255"
    assert profile.container.mtu == 1450
    assert profile.bridge.mtu == 1500  # --mtu is the containers'; an empty docker0 keeps 1500
    assert profile.settings["bridge.subnet"] == "bip=10.99.0.1/24 (/etc/docker/daemon.json)"
    assert profile.settings["container.mtu"] == "mtu=1450 (dockerd's command line)"


def test_an_unread_configuration_never_takes_the_live_value_as_the_expectation(recorded):
    """What the API shows beyond the documented default is not judged (it could be a setting or a
    fault), naming what could not be read; the engine is never compared with itself."""
    unread = Configuration(unread=("/etc/docker/daemon.json was not read (Permission denied)",))
    profile = derive(documented(), unread, MUTANT_BRIDGE)
    assert profile.container.mtu == 1500
    assert "container.mtu" not in profile.settings
    assert {"container.mtu", "bridge.options"} <= set(profile.unjudged)
    one = m.container_link(recorded, "busybox1", "eth0", mtu=1450)
    mutant_mtu = m.container_link(one, "busybox2", "eth0", mtu=1450)
    verdict = registry.judge("S-VETH-2", mutant_mtu, profile)
    assert verdict.status is Status.NOT_APPLICABLE
    assert "could not be read (/etc/docker/daemon.json was not read (Permission denied))" in verdict.reason


def test_an_unread_configuration_does_not_pass_options_it_cannot_explain(observations):
    """D-OPT-1 with `enable_icc=banana` on the bridge and no configuration read: not judged, never
    "deviates as configured"."""
    bridge = {"Options": {**documented().bridge.options, "com.docker.network.bridge.enable_icc": "banana"}}
    unread = Configuration(unread=("no configuration file could be read",))
    profile = derive(documented().for_engine("Docker Engine", "20.10.24"), unread, bridge)
    banana = replace(observations["engine_config"], bridge_options=bridge["Options"])
    verdict = registry.judge("D-OPT-1", banana, profile)
    assert verdict.status is Status.NOT_APPLICABLE, verdict.message()
    assert "the live value is not an expectation" in verdict.reason


def test_configured_value_deviates_and_unexplained_one_is_inconsistent(recorded):
    """The three verdicts: conforms; deviates as configured; the engine contradicts its config."""
    profile = derive(documented(), effective(["dockerd", "--mtu=1450"], {}, "daemon.json"), {})
    as_configured = m.container_link(
        m.container_link(recorded, "busybox1", "eth0", mtu=1450), "busybox2", "eth0", mtu=1450
    )
    verdict = registry.judge("S-VETH-2", as_configured, profile)
    assert verdict.status is Status.DEVIATES
    assert "1450" in verdict.reason
    assert "instead of 1500" in verdict.reason
    verdict = registry.judge("S-VETH-2", recorded, profile)
    assert verdict.status is Status.INCONSISTENT
    assert "mtu=1450 (dockerd's command line)" in verdict.reason
    assert registry.judge("S-VETH-2", recorded, documented()).status is Status.CONFORMS


def test_a_configured_subnet_deviates_where_it_shows(recorded):
    """bip: the prefix length written into inspect and eth0 is judged against the setting too."""
    profile = derive(documented(), effective(["dockerd", "--bip", "10.99.0.1/24"], {}, "f"), MUTANT_BRIDGE)
    verdict = registry.judge("S-IPAM-2", recorded, profile)
    assert verdict.status is Status.INCONSISTENT
    assert "busybox1 IPv4Address" in verdict.reason
