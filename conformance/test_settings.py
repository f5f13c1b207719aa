"""The engine's settings: the default bridge's options, IPv4 forwarding, FORWARD."""

from conformance.checks import checks

test_claim = checks(__name__)
