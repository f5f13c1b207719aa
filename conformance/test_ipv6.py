"""IPv6: dual stack where it is asked for (D-V6-*)."""

from conformance.checks import checks

test_claim = checks(__name__)
