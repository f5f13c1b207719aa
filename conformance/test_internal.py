"""Internal networks: `--internal` connects its containers to each other and to nothing else."""

from conformance.checks import checks

test_claim = checks(__name__)
