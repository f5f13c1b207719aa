"""Bridge membership: what `brctl show` prints for docker0."""

from conformance.checks import checks

test_claim = checks(__name__)
