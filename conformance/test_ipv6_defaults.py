"""IPv6 where no subnet was given: off on an IPv4-only network, the default bridge as configured,
a network's automatic subnet (D-V6OFF-1, D-V6-6, D-V6-7)."""

from conformance.checks import checks

test_claim = checks(__name__)
