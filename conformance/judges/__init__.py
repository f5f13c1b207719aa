"""The judges: pure functions of (observation, profile) -> Verdict, one module per claim family.

Each module declares its claims (`conformance.registry.claim`) beside their judges; importing
this package fills the registry.
"""

from conformance.judges import (  # noqa: F401
    bridge,
    docker0,
    drivers,
    egress,
    install,
    internal,
    ipam,
    lifecycle,
    ping,
    port,
    route,
    user_bridge,
    veth,
)
