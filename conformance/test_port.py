"""Published ports: `-p 127.0.0.1:PORT:8080` reaches busybox nc in the container."""

from conformance.checks import checks

test_claim = checks(__name__)
