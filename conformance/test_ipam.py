"""The bridge network: `docker network inspect bridge` and the addresses it hands out."""

from conformance.checks import checks

test_claim = checks(__name__)
