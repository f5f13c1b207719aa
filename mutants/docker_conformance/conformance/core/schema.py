"""The result set's schema: `summary.json` carries its version (`schema_version`), and the JSON
Schema of that version ships with the package, for the tools that read it (a fleet, a diff, a
dashboard) to validate against.

    # writes conformance/core/schemas/summary-N.schema.json
    python -m docker_conformance.conformance.core.schema [--check]

The schema is generated from the summary's own types (`core.summary`), so it cannot drift
from what the suite writes; `--check` (and a self-test) fails when the shipped file is stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from docker_conformance.conformance.core.summary import SCHEMA_VERSION, summary_schema

FILE = Path(__file__).with_name("schemas") / f"summary-{SCHEMA_VERSION}.schema.json"


def generated() -> dict[str, Any]:
    return {
        **summary_schema(),
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://docker-conformance.invalid/schemas/summary-{SCHEMA_VERSION}.schema.json",
        "title": f"docker-conformance summary.json, version {SCHEMA_VERSION}",
    }


def text() -> str:
    return json.dumps(generated(), indent=2, ensure_ascii=False) + "\n"


def shipped(version: int = SCHEMA_VERSION) -> dict[str, Any]:
    """The schema of `version`: this one's, or an earlier one's, kept for the result sets it wrote
    (`diff` and `fleet` still read version 1: `core.summary_v1`)."""
    return json.loads(FILE.with_name(f"summary-{version}.schema.json").read_text())


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--check" in argv:
        if not FILE.exists() or FILE.read_text() != text():
            print(
                f"{FILE} is stale: run `python -m docker_conformance.conformance.core.schema`",
                file=sys.stderr,
            )
            return 1
        return 0
    FILE.parent.mkdir(exist_ok=True)
    FILE.write_text(text())
    print(FILE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
