"""Other drivers: `--network host` and `--network none`."""

from conformance.checks import checks

test_claim = checks(__name__)
