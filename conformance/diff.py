"""What changed between two runs: the upgrade diff.

    python -m conformance.diff REPORTS_A REPORTS_B [--out DIR]

Reads each run's summary.json and lists every claim whose verdict or documented values changed,
with both values and both engine versions; writes DIR/diff.md and DIR/diff.json (DIR defaults
to REPORTS_B). Exit status 1 when a claim regressed from passing to failing, else 0.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from conformance.cli_words import language, localized, say
from conformance.errors import ExitStatus
from conformance.profile import documented
from conformance.summary import ClaimRecord, Summary
from conformance.verdict import Status

# Names that differ on every run, whatever the engine: kept out of the comparison.
_VOLATILE = [
    (re.compile(r"veth[0-9a-f]+"), "veth<hex>"),
    (re.compile(r"dcf-[0-9a-f]{8}-(?:gw\d+-)?([a-z][\w.-]*?)-\d+\b"), r"dcf-<run>-\1"),
]


def _stable(text: str) -> str:
    for pattern, replacement in _VOLATILE:
        text = pattern.sub(replacement, text)
    return text


def _values(record: ClaimRecord | None) -> dict[str, str]:
    return {_stable(what): _stable(value) for what, value in (record.values if record else {}).items()}


# engine facts an upgrade diff names when they change (the rest, IDs and paths, differ every run)
FACTS = re.compile(
    r"^(engine\.(name|version|api_version|min_api_version|storage_driver|kernel|operating_system|mode)"
    r"|firewall\..*)$"
)
# an engine fact -> the profile key whose documented change explains it when it moves
EXPLAINED_BY = {
    "engine.min_api_version": "engine.min_api_version",
    "engine.storage_driver": "engine.image_store",
}


def explained(run: Summary, fact: str) -> str:
    """The documented change, in force for `run`'s engine, that explains `fact`'s value ("": none)."""
    key = EXPLAINED_BY.get(fact)
    if not key:
        return ""
    e = run.engine
    profile = documented().for_engine(
        e.get("engine.name", ""), e.get("engine.version", "0"), e.get("engine.mode", "rootful"),
        e.get("engine.firewall_backend", "iptables"),
    )  # fmt: skip
    return profile.changed.get(key, "")


def facts(a: Summary, b: Summary) -> dict[str, tuple[str | None, str | None]]:
    """The engine facts that changed between two runs (the packet filter's among them)."""
    keys = sorted(k for k in set(a.engine) | set(b.engine) if FACTS.match(k))
    return {k: (a.engine.get(k), b.engine.get(k)) for k in keys if a.engine.get(k) != b.engine.get(k)}


@dataclass(frozen=True)
class Change:
    claim: str
    before: Status | None  # the verdict's code; None: the claim was not in that run
    after: Status | None
    regressed: bool
    values: dict[str, tuple[str | None, str | None]]  # what -> (before, after), changed ones only
    why: str = ""  # the reason each run gave where it was not a plain conformance: the documented
    # change and its source, the setting, or what failed (after, then before)


def compare(a: Summary, b: Summary) -> list[Change]:
    changes = []
    for claim in sorted(set(a.claims) | set(b.claims)):
        ra, rb = a.claims.get(claim), b.claims.get(claim)
        va, vb = _values(ra), _values(rb)
        values = {w: (va.get(w), vb.get(w)) for w in sorted(set(va) | set(vb)) if va.get(w) != vb.get(w)}
        before, after = (r.verdict if r else None for r in (ra, rb))
        if before != after or values:
            regressed = bool(ra and ra.passed and rb and rb.failed)
            runs = (("after", rb), ("before", ra))
            why = " / ".join(f"{when}: {r.reason}" for when, r in runs if r and r.verdict != Status.CONFORMS)
            changes.append(Change(claim, before, after, regressed, values, why))
    return changes


def markdown(a: Summary, b: Summary, changes: list[Change], lang: str = "en") -> str:
    lines = [f"# {a.engine_label} → {b.engine_label}", ""]
    if changed := facts(a, b):
        lines += [say(lang, "facts"), "|---|---|---|---|"]
        lines += [f"| {k} | {x} | {y} | {explained(b, k)} |" for k, (x, y) in changed.items()]
        lines.append("")
    if not changes:
        return "\n".join([*lines, say(lang, "no change")]) + "\n"
    lines += [say(lang, "claims"), "|---|---|---|---|---|"]
    for c in changes:
        values = "<br>".join(f"{w}: {x} → {y}" for w, (x, y) in c.values.items()) or ""
        mark = f" **{say(lang, 'regressed')}**" if c.regressed else ""
        values, why = (x.replace("|", "/") for x in (values, c.why))
        before, after = (v.words(lang) if v else say(lang, "not run") for v in (c.before, c.after))
        lines.append(f"| {c.claim} | {before} | {after}{mark} | {values} | {why} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    lang = language(sys.argv[1:] if argv is None else argv)
    prog, what = "docker-conformance diff", say(lang, "diff")
    made = argparse.ArgumentParser(prog=prog, description=what, add_help=False)
    parser = localized(made, lang)
    parser.add_argument("a", type=Path, metavar="A", help=say(lang, "diff a"))
    parser.add_argument("b", type=Path, metavar="B", help=say(lang, "diff b"))
    parser.add_argument("--out", type=Path, help=say(lang, "diff out"))
    parser.add_argument("--lang", choices=("en", "ko"), default=lang, help=say(lang, "lang"))
    args = parser.parse_args(argv)
    try:
        a, b = (Summary.load(d / "summary.json") for d in (args.a, args.b))
    except (OSError, ValueError) as exc:
        print(f"docker-conformance diff: {say(lang, 'unreadable', why=exc)}", file=sys.stderr)
        return int(ExitStatus.NO_RUN)
    changes = compare(a, b)
    out = args.out or args.b
    out.mkdir(parents=True, exist_ok=True)
    text = markdown(a, b, changes, args.lang)
    (out / "diff.md").write_text(text)
    (out / "diff.json").write_text(
        json.dumps(
            {
                "before": a.engine_label,
                "after": b.engine_label,
                "facts": facts(a, b),
                "changes": [asdict(c) for c in changes],
            },
            indent=2,
        )
    )
    print(text, end="")
    return 1 if any(c.regressed for c in changes) else 0


if __name__ == "__main__":
    sys.exit(main())
