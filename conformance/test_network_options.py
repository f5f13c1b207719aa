"""A user network's options: ICC off, --subnet/--ip-range/--gateway/--ip, the MTU."""

from conformance.checks import checks

test_claim = checks(__name__)
