"""IPv6 on an IPv4-only network: none on eth0."""

from conformance.checks import checks

test_claim = checks(__name__)
