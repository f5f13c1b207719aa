"""D-PORT-1: a published port carries a TCP connection from the host into the container."""

from __future__ import annotations

from conformance.model.scenarios import PublishedPort
from conformance.profile import Profile
from conformance.registry import claim
from conformance.verdict import Judgement


@claim("D-PORT-1", observes="published_port")
def published_port(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    """
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding in inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact(f"read through {port.host_ip}:{port.host_port}", "conformance", port.received)
    j.attach("attempts until the listener answered", str(port.attempts))
