"""What another host reaches through this one: published, unpublished, direct, loopback."""

from conformance.checks import checks

test_claim = checks(__name__)
