"""Gateway modes: routed, nat-unprotected and isolated networks, and trusted host interfaces."""

from conformance.checks import checks

test_claim = checks(__name__)
