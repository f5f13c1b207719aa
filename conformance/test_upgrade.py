"""An engine upgraded in place: `docker-conformance upgrade before`, the upgrade, `upgrade after`."""

from conformance.checks import checks

test_claim = checks(__name__)
