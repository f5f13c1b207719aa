"""The gateway: the container's routes, and docker0 answering as its gateway."""

from conformance.checks import checks

test_claim = checks(__name__)
