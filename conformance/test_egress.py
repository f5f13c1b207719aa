"""Egress: a packet leaving the bridge crosses docker0 and reaches the outside masqueraded."""

from conformance.checks import checks

test_claim = checks(__name__)
