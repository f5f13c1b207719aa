"""S-EGRESS-1: what leaves the bridge goes through docker0 and is masqueraded to the host."""

from __future__ import annotations

from conformance.profile import Profile
from conformance.verdict import Judgement, Verdict
from fixtures.seed import SeedObservation


def masqueraded_through_docker0(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-EGRESS-1: seen on docker0; the far side sees the host's address, not 172.17.x."""
    j = Judgement("S-EGRESS-1", profile)
    out = seed.egress
    if out is None:
        return j.not_applicable("no outside namespace could be made: " + "; ".join(seed.limits))
    j.fact(f"packets {out.source} > {out.outside} seen on {out.device}", True, bool(out.packets_on_bridge))
    j.expect(
        "far side sees the host's address (masquerade)",
        "egress.masquerade",
        out.peer_seen,
        holds=(out.peer_seen == out.host_address) == profile.egress.masquerade,
        via=lambda masquerade: out.host_address if masquerade else out.source,
    )
    j.fact("far side received the payload", "conformance", out.payload)
    j.expect(
        "TTL of the reply (one routed hop)", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None
    )
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )
    return j.verdict()
