"""Claims that no daemon flag breaks, shown failing on a real engine all the same: a network
made as an engine that ignored its options would make it (D-ICC-1, D-MTU-1), judged by the
same judges against the documented profile."""

from __future__ import annotations

import os

import pytest

from conformance import registry
from conformance.profile import documented
from conformance.verdict import Status
from fixtures.networks import observe_custom_network

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
