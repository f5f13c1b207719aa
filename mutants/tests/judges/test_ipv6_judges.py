"""Every dual-stack claim (D-V6-*) can fail: the recorded Docker 20.10 observation, changed once,
fails the right claim under its own version's profile; a host without IPv6, or a default bridge
without it, is "not applicable", never a failure."""

from __future__ import annotations

from dataclasses import replace

import pytest

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.profile import documented
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.conformance.model import store
from docker_conformance.conformance.model.execs import Exec
from docker_conformance.conformance.model.ipv6 import DefaultBridgeV6, Ipv6Observation
from docker_conformance.conformance.model.netns import Address
from tests.conftest import RECORDED
from tests.helpers import mutate as m

LOST = Exec("ping -6", 1, "1 packets transmitted, 0 packets received, 100% packet loss\n")


def _without_gateway(v6: Ipv6Observation) -> Ipv6Observation:
    assert v6.host is not None
    bridge = v6.host.interface(v6.bridge)
    assert bridge is not None
    kept = tuple(a for a in bridge.addresses6 if a.scope != "global")
    return replace(v6, host=m.link(v6.host, v6.bridge, addresses6=kept))


def _second_at(v6: Ipv6Observation, address: str) -> Ipv6Observation:
    assert v6.second is not None
    eth0 = tuple(replace(a, address=address) if a.scope == "global" else a for a in v6.second.eth0)
    return replace(v6, second=replace(v6.second, eth0=eth0))


def _first(v6: Ipv6Observation, **changes) -> Ipv6Observation:
    assert v6.first is not None
    return replace(v6, first=replace(v6.first, **changes))


def _masqueraded(v6: Ipv6Observation) -> Ipv6Observation:
    assert v6.egress is not None
    return replace(v6, egress=replace(v6.egress, peer=v6.egress.host_address))


def _refused_differently(v6: Ipv6Observation) -> Ipv6Observation:
    return replace(v6, auto_refused="Error response from daemon: something else")


def _auto_created(v6: Ipv6Observation) -> Ipv6Observation:
    ula = {"IPAM": {"Config": [{"Subnet": "172.19.0.0/16"}, {"Subnet": "fd12:3456:789a::/64"}]}}
    return replace(v6, auto_network=ula, auto_refused="")


def _default_bridge(v6: Ipv6Observation, docker0: tuple[Address, ...]) -> Ipv6Observation:
    inside = (Address("2001:db8:dcf:6::2", 64, None, "global"),)
    return replace(v6, default_bridge=DefaultBridgeV6("2001:db8:dcf:6::/64", None, docker0, inside, {}))


DOCKER0 = (Address("2001:db8:dcf:6::1", 64, None, "global"), Address("fe80::1", 64, None, "link"))
AS_CONFIGURED = {"ipv6": {"default_bridge": "2001:db8:dcf:6::/64"}}
DEVIATIONS = {
    "D-V6-1 no gateway on the bridge": ("D-V6-1", _without_gateway, "global IPv6 addresses"),
    "D-V6-1 IPv6 off in inspect": (
        "D-V6-1",
        lambda v: replace(v, network={**v.network, "EnableIPv6": False}),
        "EnableIPv6",
    ),
    "D-V6-2 out of order": ("D-V6-2", lambda v: _second_at(v, "2001:db8:dcf::5"), "v6b's global address"),
    "D-V6-2 IPv6 off in the container": (
        "D-V6-2",
        lambda v: _first(v, disable_ipv6=Exec("cat", 0, "1\n")),
        "eth0 disable_ipv6",
    ),
    "D-V6-2 no default route": (
        "D-V6-2",
        lambda v: _first(v, routes=v.first.routes[:1]),
        "default IPv6 route",
    ),
    "D-V6-3 peer silent": (
        "D-V6-3",
        lambda v: replace(v, to_peer=replace(v.to_peer, exec=LOST)),
        "v6a -> v6b",
    ),
    "D-V6-3 no AAAA": ("D-V6-3", lambda v: replace(v, lookup=Exec("nslookup", 1, "NXDOMAIN\n")), "AAAA"),
    "D-V6-4 masqueraded before 27.0": ("D-V6-4", _masqueraded, "masquerade"),
    "D-V6-4 nothing arrived": (
        "D-V6-4",
        lambda v: replace(v, egress=replace(v.egress, peer=None, payload="")),
        "received the payload",
    ),
    "D-V6-5 no answer": (
        "D-V6-5",
        lambda v: replace(v, published=replace(v.published, outcome="no answer", read="")),
        "how the outside reaches",
    ),
    "D-V6-5 DNAT before 27.0": (
        "D-V6-5",
        lambda v: replace(v, published_via="ip6tables DNAT"),
        "how the outside",
    ),
    "D-V6-7 ULA before 27.0": ("D-V6-7", _auto_created, "--ipv6 with no subnet"),
    "D-V6-7 another refusal": ("D-V6-7", _refused_differently, "the engine's words"),
}


def _configured(v6: Ipv6Observation, **changes: object) -> Ipv6Observation:
    assert v6.default_bridge is not None
    return replace(v6, default_bridge=replace(v6.default_bridge, **changes))


# on the recording of a default bridge configured for IPv6 (`--ipv6 --fixed-cidr-v6`), judged by
# that configuration (`--profile daemon`), where D-V6-6 holds
CONFIGURED_DEVIATIONS = {
    "D-V6-6 another prefix": (
        "D-V6-6", lambda v: _configured(v, subnet="2001:db8:dcf:67::/64"), "IPv6 subnet",
    ),
    "D-V6-6 docker0 without the gateway": (
        "D-V6-6",
        lambda v: _configured(v, bridge=tuple(a for a in v.default_bridge.bridge if a.scope != "global")),
        "prefix's gateway",
    ),
    "D-V6-6 docker0 without link-local": (
        "D-V6-6",
        lambda v: _configured(v, bridge=tuple(a for a in v.default_bridge.bridge if a.scope != "link")),
        "link-local",
    ),
    "D-V6-6 a container outside the prefix": (
        "D-V6-6",
        lambda v: _configured(v, container=(Address("2001:db8:dcf:99::2", 64, None, "global"),)),
        "in the prefix",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def v6(observations) -> Ipv6Observation:
    return observations["ipv6"]


@pytest.fixture(scope="module")
def as_recorded():
    return documented().for_engine("Docker Engine", "20.10.24")


def test_the_recorded_engine_passes_as_documented_for_its_version(v6, as_recorded):
    claims = [c for c in registry.claims() if c.startswith("D-V6-")]
    verdicts = {c: registry.judge(c, v6, as_recorded) for c in claims}
    assert {
        c: v.status for c, v in verdicts.items() if not v.passed and v.status is not Status.NOT_APPLICABLE
    } == {}
    assert verdicts["D-V6-4"].status is Status.DOCUMENTED
    assert "moby PR 47747" in verdicts["D-V6-4"].reason
    assert "could not find an available, non-overlapping IPv6 address pool" in verdicts["D-V6-7"].message()


def test_a_configured_default_bridge_deviates_under_its_configuration(v6, as_recorded):
    """With `fixed-cidr-v6` (as `--profile daemon` reads it) D-V6-6 passes as configured, and fails
    when docker0 lacks the prefix's gateway."""
    configured = as_recorded.model_copy(
        update={"ipv6": as_recorded.ipv6.model_copy(update=AS_CONFIGURED["ipv6"])}
    )
    configured = configured.model_copy(
        update={"settings": {"ipv6.default_bridge": "fixed-cidr-v6 (engine API)"}}
    )
    verdict = registry.judge("D-V6-6", _default_bridge(v6, DOCKER0), configured)
    assert verdict.status is Status.DEVIATES, verdict.message()
    broken = registry.judge("D-V6-6", _default_bridge(v6, DOCKER0[1:]), configured)
    assert broken.status is Status.FAILS
    assert "the prefix's gateway" in broken.message()


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"unavailable": "IPv6 is disabled on every interface here"}, "disabled on every interface"),
        ({"default_bridge": None}, "the default bridge has no IPv6"),
    ],
)
def test_what_is_not_there_is_not_applicable(v6, as_recorded, change, why):
    claims = (
        ["D-V6-6"] if "default_bridge" in change else [c for c in registry.claims() if c.startswith("D-V6-")]
    )
    for claim in claims:
        verdict = registry.judge(claim, replace(v6, **change), as_recorded)
        assert verdict.status is Status.NOT_APPLICABLE, verdict.message()
        assert why in verdict.reason


def test_docker_28_conforms_and_fails_20_10s_documentation():
    """The recorded Docker 28.5.2 observation (matrix): each claim conforms to 28's documentation (the
    default bridge has no IPv6 there), and judged as a 20.10 engine it fails what 27.0 changed."""
    v6 = store.load(RECORDED / "docker-28.5", "ipv6")
    claims = [c for c in registry.claims() if c.startswith("D-V6-")]
    as_28 = documented().for_engine("Docker Engine", "28.5.2")
    statuses = {c: registry.judge(c, v6, as_28).status for c in claims}
    assert statuses == {**dict.fromkeys(claims, Status.CONFORMS), "D-V6-6": Status.NOT_APPLICABLE}
    as_20 = documented().for_engine("Docker Engine", "20.10.24")
    for claim, names in (
        ("D-V6-4", "masquerade"),
        ("D-V6-5", "how the outside"),
        ("D-V6-7", "--ipv6 with no subnet"),
    ):
        m.assert_fails(registry.judge(claim, v6, as_20), claim, names)


# one for each fact the ones above leave unreached (tests/judges/test_every_fact.py counts them)
DEVIATIONS |= {
    "D-V6-3 gateway silent": (
        "D-V6-3",
        lambda v: replace(v, to_gateway=replace(v.to_gateway, exec=LOST)),
        "the gateway over IPv6",
    ),
}
