"""`python -m docker_conformance`: the command, as `docker-conformance` runs it."""

import sys

from docker_conformance.cli import main

sys.exit(main())
