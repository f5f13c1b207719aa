"""docker0 itself: `ip addr show docker0`, `ifconfig docker0`, before and after `docker run`."""

from conformance.checks import checks

test_claim = checks(__name__)
