"""Claims that no daemon flag breaks, shown failing on a real engine all the same: a network
made as an engine that ignored its options would make it (D-ICC-1, D-MTU-1), and an IPv6
network whose containers turned IPv6 off (D-V6-2, D-V6-3), judged by the same judges."""

from __future__ import annotations

import os

import pytest

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.profile import documented
from docker_conformance.conformance.core.verdict import Status
from docker_conformance.observe.containers import with_sysctls
from docker_conformance.observe.gateway_modes import observe_gateway_modes
from docker_conformance.observe.ipv6 import observe_ipv6
from docker_conformance.observe.networks import observe_custom_network

pytestmark = [
    pytest.mark.engine,
    pytest.mark.root,
    pytest.mark.skipif(os.geteuid() != 0, reason="the custom network's range and netns reads need root"),
]


def test_options_not_honoured_fail_icc_and_mtu(session, scratch):
    observed = observe_custom_network(session.engine, scratch, documented(), honoured=False)
    for claim, names in (("D-ICC-1", "enable_icc=false network answered"), ("D-MTU-1", "bridge MTU")):
        verdict = registry.judge(claim, observed, documented())
        assert verdict.status is Status.FAILS, verdict.message()
        assert names in verdict.message()
    assert registry.judge("D-IP-1", observed, documented()).status is Status.CONFORMS


def test_an_ipv6_network_whose_containers_turned_ipv6_off_fails_d_v6_2_and_3(session, scratch):
    """`--sysctl net.ipv6.conf.all.disable_ipv6=1` on an IPv6 network's containers: no address from
    the subnet, and no IPv6 between them."""
    off = with_sysctls(**{"net.ipv6.conf.all.disable_ipv6": "1"})
    observed = observe_ipv6(session.engine, scratch, session.run, off)
    profile = documented().for_engine("Docker Engine", session.engine.facts.version)
    for claim, names in (("D-V6-2", "v6a's global address"), ("D-V6-3", "v6a -> v6b over IPv6")):
        verdict = registry.judge(claim, observed, profile)
        assert verdict.status is Status.FAILS, verdict.message()
        assert names in verdict.message()
    assert registry.judge("D-V6-1", observed, profile).passed


def test_an_engine_that_ignores_the_gateway_modes_fails_them(session, scratch):
    """Each mode's network made on an engine that predates the modes (Docker 20.10 takes the options
    as unknown ones and makes plain NAT networks): judged as Docker 28.2 documents the modes, the
    routed network masquerades, the isolated bridge has an address, and the second outside is let in
    beside the trusted link. Real networks, real outsides: a network in another mode."""
    if session.engine.facts.version.startswith(("27.", "28.", "29.")):
        pytest.skip("this engine documents the gateway modes: it honours the options")
    as_documented = documented().for_engine("Docker Engine", "28.5.2")
    observed = observe_gateway_modes(session.engine, scratch, session.run, as_documented)
    assert set(observed.networks) == {"routed", "nat-unprotected", "isolated", "trusted_host_interfaces"}
    for claim, names in (
        ("D-GWM-1", "no masquerade"),
        ("D-GWM-3", "IPv4 addresses"),
        ("D-GWM-4", "another link"),
    ):
        verdict = registry.judge(claim, observed, as_documented)
        assert verdict.status is Status.FAILS, verdict.message()
        assert names in verdict.message()
