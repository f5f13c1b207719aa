"""D-PORT-1: a published port carries a TCP connection from the host into the container."""

from __future__ import annotations

from conformance.profile import Profile
from conformance.verdict import Judgement, Verdict
from fixtures.beyond import PublishedPort


def published_port(port: PublishedPort, profile: Profile) -> Verdict:
    """D-PORT-1: -p HOSTPORT:PORT forwards a TCP connection to the container."""
    j = Judgement("D-PORT-1", profile)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding in inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact(f"read through {port.host_ip}:{port.host_port}", "conformance", port.received)
    j.attach("attempts until the listener answered", str(port.attempts))
    return j.verdict()
