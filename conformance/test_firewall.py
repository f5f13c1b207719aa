"""The packet filter: DOCKER-USER first, and Docker's documented rules for its version."""

from conformance.checks import checks

test_claim = checks(__name__)
