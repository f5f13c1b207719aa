"""What changed between two runs: the upgrade diff.

    python -m docker_conformance.conformance.outputs.diff REPORTS_A REPORTS_B [--out DIR]

Reads each run's summary.json (version 2, or 1: `core.summary_v1`) and lists every claim
whose verdict or documented values changed, with both engine versions: a value as before -> after,
a set (rules, chains, addresses) as what was added and what removed, the documented changes behind
it by id. A value random by design (a fact declared volatile: MACs, bridge ids) is listed only where
its claim's verdict changed. Writes DIR/diff.md (words, in `--lang`) and DIR/diff.json (data); DIR
defaults to REPORTS_B. Exit status 1 when a claim regressed from passing to failing, else 0.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pydantic import JsonValue

from docker_conformance.conformance import catalog
from docker_conformance.conformance.catalog import say
from docker_conformance.conformance.catalog.cli import language, localized
from docker_conformance.conformance.core.errors import ExitStatus
from docker_conformance.conformance.core.profile import documented
from docker_conformance.conformance.core.summary import ClaimRecord, Summary
from docker_conformance.conformance.core.verdict import Status

# Names that differ on every run, whatever the engine: kept out of the comparison.
_VOLATILE = [
    (re.compile(r"veth[0-9a-f]+"), "veth<hex>"),
    (re.compile(r"dcf-[0-9a-f]{8}-(?:gw\d+-)?([a-z][\w.-]*?)-\d+\b"), r"dcf-<run>-\1"),
]


def _stable(value: JsonValue) -> JsonValue:
    """A value with the names that differ on every run put as their pattern (in text, or in a list's)."""
    if isinstance(value, str):
        for pattern, replacement in _VOLATILE:
            value = pattern.sub(replacement, value)
        return value
    if isinstance(value, list):
        return [_stable(v) for v in value]
    return value


def _values(record: ClaimRecord | None, volatile: set[str]) -> dict[str, JsonValue]:
    """A record's documented values by their fact's identity, less the facts keyed `volatile`."""
    facts = record.facts if record else ()
    return {str(_stable(f.id)): _stable(f.observed) for f in facts if f.profile_key and f.key not in volatile}


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
    """The id of the documented change, in force for `run`'s engine, that explains `fact`'s value
    ("": none)."""
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
class Moved:
    """A documented value that changed: both values, and for a set (rules, chains, addresses) what
    the later run added and what it removed."""

    fact: str  # the fact's identity (`Fact.id`)
    before: JsonValue
    after: JsonValue
    added: list[JsonValue] | None = None
    removed: list[JsonValue] | None = None

    @classmethod
    def of(cls, fact: str, before: JsonValue, after: JsonValue) -> Moved:
        if isinstance(before, list) and isinstance(after, list):
            added = [x for x in after if x not in before]
            removed = [x for x in before if x not in after]
            return cls(fact, before, after, added, removed)
        return cls(fact, before, after)


@dataclass(frozen=True)
class Change:
    claim: str
    before: Status | None  # the verdict's code; None: the claim was not in that run
    after: Status | None
    regressed: bool
    values: list[Moved]  # the documented values that changed
    # the documented engine changes (ids) behind the later run's verdict, or the earlier one's
    changes: list[str] = field(default_factory=list)


def compare(a: Summary, b: Summary) -> list[Change]:
    changes = []
    for claim in sorted(set(a.claims) | set(b.claims)):
        ra, rb = a.claims.get(claim), b.claims.get(claim)
        before, after = (r.verdict if r else None for r in (ra, rb))
        # a value random by design (a MAC, a bridge id) is a change only where the verdict is one
        volatile = set() if before != after else {f.key for r in (ra, rb) if r for f in r.facts if f.volatile}
        va, vb = _values(ra, volatile), _values(rb, volatile)
        moved = [
            Moved.of(f, va.get(f), vb.get(f)) for f in sorted(set(va) | set(vb)) if va.get(f) != vb.get(f)
        ]
        if before != after or moved:
            regressed = bool(ra and ra.passed and rb and rb.failed)
            documented = [f.change for r in (rb, ra) if r for f in r.facts if f.change]
            changes.append(Change(claim, before, after, regressed, moved, list(dict.fromkeys(documented))))
    return changes


def _shown(moved: Moved, lang: str) -> str:
    """A changed value as the diff's table shows it: a set's additions and removals, else both."""
    if moved.added is None or moved.removed is None:
        return f"{moved.fact}: {moved.before!r} → {moved.after!r}"
    parts = [say(lang, "added", items="; ".join(map(str, moved.added))) if moved.added else ""]
    parts.append(say(lang, "removed", items="; ".join(map(str, moved.removed))) if moved.removed else "")
    return f"{moved.fact}: " + "; ".join(p for p in parts if p)


def _why(a: Summary, b: Summary, claim: str, lang: str) -> str:
    """Why each run's verdict was not a plain conformance (after, then before): a documented one by
    the changes it names (what moved is in the values' column), any other by its reason."""
    runs = ((say(lang, "after"), b.claims.get(claim)), (say(lang, "before"), a.claims.get(claim)))
    return " / ".join(f"{when}: {_reason(r, lang)}" for when, r in runs if r and r.verdict != Status.CONFORMS)


def _reason(record: ClaimRecord, lang: str) -> str:
    if record.verdict is not Status.DOCUMENTED:
        return record.reason_in(lang)
    changed = (f.change for f in record.facts if f.change and f.observed != f.documented)
    return "; ".join(catalog.cited(change, lang) for change in dict.fromkeys(changed))


def markdown(a: Summary, b: Summary, changes: list[Change], lang: str = "en") -> str:
    lines = [f"# {a.engine_label} → {b.engine_label}", ""]
    if changed := facts(a, b):
        lines += [say(lang, "facts"), "|---|---|---|---|"]
        cited = {k: catalog.cited(why, lang) if (why := explained(b, k)) else "" for k in changed}
        lines += [f"| {k} | {x} | {y} | {cited[k]} |" for k, (x, y) in changed.items()]
        lines.append("")
    if not changes:
        return "\n".join([*lines, say(lang, "no change")]) + "\n"
    lines += [say(lang, "claims"), "|---|---|---|---|---|"]
    for c in changes:
        values = "<br>".join(_shown(moved, lang) for moved in c.values)
        mark = f" **{say(lang, 'regressed')}**" if c.regressed else ""
        values, why = (x.replace("|", "/") for x in (values, _why(a, b, c.claim, lang)))
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
                "facts_explained_by": {k: why for k in facts(a, b) if (why := explained(b, k))},
                "changes": [asdict(c) for c in changes],
            },
            indent=2,
        )
    )
    print(text, end="")
    return 1 if any(c.regressed for c in changes) else 0


if __name__ == "__main__":
    sys.exit(main())
