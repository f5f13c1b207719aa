"""Installing Docker: docker0 appears, it is the `bridge` network's device, three networks."""

from conformance.checks import checks

test_claim = checks(__name__)
