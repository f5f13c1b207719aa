"""IPv6: off where not asked for (D-V6OFF-1), and dual stack where it is (D-V6-*)."""

from conformance.checks import checks

test_claim = checks(__name__)
