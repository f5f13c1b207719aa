"""Container lifecycle: removal undoes what `docker run` did; released addresses come back."""

from conformance.checks import checks

test_claim = checks(__name__)
