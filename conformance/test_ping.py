"""Container to container: busybox2 pings busybox1 across docker0."""

from conformance.checks import checks

test_claim = checks(__name__)
