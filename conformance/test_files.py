"""What the engine writes into a container: /etc/hosts, /etc/resolv.conf, host-gateway."""

from conformance.checks import checks

test_claim = checks(__name__)
