"""S-PING-1: two containers on one bridge reach each other directly."""

from __future__ import annotations

from conformance.profile import Profile
from conformance.verdict import Judgement, Verdict
from fixtures.execs import Ping


def direct_reach(judgement: Judgement, ping: Ping) -> Verdict:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    judgement.fact(
        "replies received",
        ping.transmitted,
        ping.received,
        holds=ping.received > 0 and ping.received == ping.transmitted,
    )
    judgement.fact("packet loss %", 0.0, ping.loss_percent)
    judgement.expect(
        "reply TTLs",
        "container.ttl",
        ping.ttls,
        holds=bool(ping.ttls) and set(ping.ttls) == {judgement.profile.container.ttl},
    )
    judgement.attach(ping.exec.command, ping.exec.output)
    return judgement.verdict()


def containers_reach_each_other(ping: Ping, profile: Profile) -> Verdict:
    """S-PING-1: ping 0% loss, TTL 64 (no router between them)."""
    return direct_reach(Judgement("S-PING-1", profile), ping)
