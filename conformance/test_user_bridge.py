"""User-defined bridges: own device and subnet, DNS by name, isolation, a second interface."""

from conformance.checks import checks

test_claim = checks(__name__)
