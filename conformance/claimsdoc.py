"""The claims document, generated from the registry: `docs/claims.md` and `docs/claims.json`.

    python -m conformance.claimsdoc [--check] [--out DIR]

Writes both files (DIR defaults to the project's `docs/`); with --check, writes nothing and
exits 1 when a file is missing or differs from what the registry says now (a self-test runs it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from conformance import registry
from conformance.profile import Profile, documented

DOCS = Path(__file__).resolve().parent.parent / "docs"
SECTION_TITLES = {
    "seed": "Seed claims (S-*): the seed document's sentences and command outputs",
    "beyond": "Claims beyond the seed (D-*): Docker's own documentation of its drivers",
}


def entries(profile: Profile) -> list[dict[str, Any]]:
    """One record per claim, in the document's order, with the profile's values filled in."""
    return [
        {
            "id": c.id,
            "section": c.section,
            "feature": c.feature,
            "claim": c.text,
            "documented": registry.render(c.expects, profile),
            "seed": c.seed,
            "by_hand": c.by_hand,
            "observation": c.observes,
            "judge": f"conformance/judges/{c.module}.py::{c.function.__name__}",
            "test": f"conformance/test_{c.module}.py::test_claim[{c.id}]",
        }
        for c in registry.claims().values()
    ]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(profile: Profile) -> str:
    rows = entries(profile)
    lines = [
        "# The claims",
        "",
        "Generated from the claim registry (`conformance/judges/*.py`) by `python -m conformance.claimsdoc`;",
        "do not edit by hand. Documented values are the profile's "
        f"(`{profile.name}`, `conformance/profiles/default.toml`).",
        f"{len(rows)} claims. Select one with `pytest conformance -k <ID>`; a section with `-m seed` "
        "or `-m beyond`.",
    ]
    for section, title in SECTION_TITLES.items():
        lines += [
            "",
            f"## {title}",
            "",
            "| ID | Claim | Documented value | By hand | Check |",
            "|---|---|---|---|---|",
        ]
        for row in (r for r in rows if r["section"] == section):
            seed = f"<br>The seed: «{_cell(row['seed'])}»" if row["seed"] else ""
            lines.append(
                f"| {row['id']} | {_cell(row['claim'])}{seed} | {_cell(row['documented'])} "
                f"| `{_cell(row['by_hand'])}` | `{row['test']}` |"
            )
    lines += ["", "## Documented engine changes", ""]
    lines += [
        f"- {change.engine} {change.span}: {', '.join(change.values)}. {change.source}"
        for change in profile.changes
    ]
    return "\n".join(lines) + "\n"


def documents(profile: Profile | None = None) -> dict[str, str]:
    profile = profile or documented()
    return {
        "claims.md": markdown(profile),
        "claims.json": json.dumps(
            {"profile": profile.name, "claims": entries(profile)}, indent=2, ensure_ascii=False
        )
        + "\n",
    }


def stale(out: Path = DOCS) -> list[str]:
    """The generated files that are missing or differ from the registry."""
    return [
        name
        for name, text in documents().items()
        if not (out / name).exists() or (out / name).read_text() != text
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only say whether the files are up to date")
    parser.add_argument("--out", type=Path, default=DOCS)
    args = parser.parse_args(argv)
    if args.check:
        if behind := stale(args.out):
            print(
                f"stale: {', '.join(behind)}; regenerate with `python -m conformance.claimsdoc`",
                file=sys.stderr,
            )
            return 1
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in documents().items():
        (args.out / name).write_text(text)
        print(args.out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
