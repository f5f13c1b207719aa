"""An engine upgraded in place, and the packet filter: DOCKER-USER, the other bridge, the routed subnet."""

from conformance.checks import checks

test_claim = checks(__name__)
