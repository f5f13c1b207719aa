"""The veth pair: eth0 inside the container, vethXXXXXXX on the host, one pair per container."""

from conformance.checks import checks

test_claim = checks(__name__)
