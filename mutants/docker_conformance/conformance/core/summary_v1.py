"""Reading a version-1 `summary.json` (sentences and Python reprs) as version 2 (data), so that a
result set made before the change stays comparable: `diff` and `fleet` read both.

A version-1 record kept its profile-backed values as `{label: repr}` and its facts as rendered
lines. Each value becomes a fact again: its label is read back into the English catalog's key and
params (`{role} eth0 MTU` -> `eth0_mtu`, role=busybox1), its repr into a JSON value, whether it held
from its `[BAD]` line. Its reason, in each language it had, is kept as it was written.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from typing import Any

from docker_conformance.conformance import catalog
from docker_conformance.conformance.core.verdict import as_json

V1_PROFILE_KEY = "?"  # a version-1 record names no fact's profile key, only that it had one


@cache
def _templates() -> list[tuple[re.Pattern[str], str]]:
    """Each English fact label as a pattern that reads its params back, the fewest params first."""
    out = []
    for key, template in catalog.words("en", "FACTS").items():
        parts = re.split(r"\{(\w+)[^}]*\}", template.replace("{{", "\0").replace("}}", "\1"))
        pattern = "".join(
            re.escape(p.replace("\0", "{").replace("\1", "}")) if i % 2 == 0 else f"(?P<{p}>.+?)"
            for i, p in enumerate(parts)
        )
        out.append((re.compile(f"^{pattern}$"), key))
    return sorted(out, key=lambda t: t[0].groups)


def read_label(label: str) -> tuple[str, dict[str, str]]:
    """A version-1 label as the catalog's key and its params (the label itself where none fits)."""
    for pattern, key in _templates():
        if match := pattern.match(label):
            return key, match.groupdict()
    return label, {}


def _value(text: str) -> Any:
    try:
        return as_json(ast.literal_eval(text))
    except (ValueError, SyntaxError):
        return text


def record(old: dict[str, Any]) -> dict[str, Any]:
    """One version-1 claim record as version 2."""
    bad = {
        line.split("] ", 1)[1].split(": ", 1)[0] for line in old.get("facts", ()) if line.startswith("[BAD]")
    }
    facts = []
    for label, value in old.get("values", {}).items():
        key, params = read_label(label)
        observed = _value(value)
        facts.append(
            {"key": key, "params": params, "expected": None, "observed": observed, "holds": label not in bad,
             "profile_key": V1_PROFILE_KEY}
        )  # fmt: skip
    said = {"en": old.get("reason", ""), "ko": old.get("reason_ko") or old.get("reason", "")}
    return {
        "claim": old["claim"],
        "verdict": old["verdict"],
        "passed": old["passed"],
        "facts": facts,
        "notes": [{"code": "v1_reason", "params": said}],
        "by_hand": old.get("by_hand", ""),
        "needs": old.get("needs", ""),
    }


def current(data: dict[str, Any]) -> dict[str, Any]:
    """summary.json's data in this version's shape, whichever version wrote it."""
    return upgraded(data) if data.get("schema_version", 1) == 1 and "claims" in data else data


def upgraded(data: dict[str, Any]) -> dict[str, Any]:
    """A version-1 summary.json's data as version 2's."""
    claims = {claim: record(old) for claim, old in data.get("claims", {}).items()}
    return {**data, "claims": claims, "schema_version": 2}
