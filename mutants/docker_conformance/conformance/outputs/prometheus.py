"""The verdicts where monitoring already looks: node_exporter's textfile format (Prometheus text
exposition format 0.0.4), one run's or a fleet's.

One sample per claim, labelled with the claim and its verdict code (never the verdict's words),
and, for a fleet, the host; the run's time and its drift. No other label: the claim and the host
are the only ones whose values grow with what is checked.
"""

from __future__ import annotations

from pathlib import Path

from docker_conformance.conformance.core.summary import Summary
from docker_conformance.conformance.core.verdict import Status

PREFIX = "docker_conformance"
HELP = {
    "claim_verdict": ("gauge", "1 for the verdict a claim got on this host (label verdict: its code)"),
    "claims_failed": ("gauge", "claims that failed or are internally inconsistent"),
    "drift_settings": ("gauge", "settings where the engine differs from --expect-config's file"),
    "run_duration_seconds": ("gauge", "how long the run took"),
    "host_reported": ("gauge", "1 when the host sent its results, 0 when it was silent"),
}


def code(verdict: str) -> str:
    """A verdict as summary.json stores it: its code, or "unknown" for what is none."""
    return Status.read(verdict) or "unknown"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _sample(name: str, labels: dict[str, str], value: float) -> str:
    shown = ",".join(f'{k}="{_escape(v)}"' for k, v in labels.items())
    return f"{PREFIX}_{name}{{{shown}}} {value:g}" if shown else f"{PREFIX}_{name} {value:g}"


def _families(samples: dict[str, list[str]]) -> str:
    lines = []
    for name, rows in samples.items():
        if rows:
            kind, text = HELP[name]
            lines += [f"# HELP {PREFIX}_{name} {text}", f"# TYPE {PREFIX}_{name} {kind}", *rows]
    return "\n".join(lines) + "\n"


def _host_samples(samples: dict[str, list[str]], claims: dict, drift: int, host: dict[str, str]) -> None:
    """`claims`: claim -> its record, as summary.json (a dict) or a Summary (a ClaimRecord) holds it."""
    codes = {c: code(r["verdict"] if isinstance(r, dict) else r.verdict) for c, r in claims.items()}
    for claim, verdict in codes.items():
        labels = {**host, "claim": claim, "verdict": verdict}
        samples["claim_verdict"].append(_sample("claim_verdict", labels, 1))
    failed = sum(verdict in (Status.FAILS, Status.INCONSISTENT) for verdict in codes.values())
    samples["claims_failed"].append(_sample("claims_failed", host, failed))
    samples["drift_settings"].append(_sample("drift_settings", host, drift))


def run(summary: Summary, seconds: float) -> str:
    """One run's textfile."""
    samples: dict[str, list[str]] = {name: [] for name in HELP}
    _host_samples(samples, summary.claims, len(summary.drift), {})
    samples["run_duration_seconds"].append(_sample("run_duration_seconds", {}, round(seconds, 3)))
    return _families(samples)


def fleet(merged: dict) -> str:
    """A fleet's textfile: every host's samples, labelled by host; silent hosts as such."""
    samples: dict[str, list[str]] = {name: [] for name in HELP}
    for host, data in merged["hosts"].items():
        samples["host_reported"].append(_sample("host_reported", {"host": host}, int(data["reported"])))
        if data["reported"]:
            _host_samples(samples, data["claims"], len(data.get("drift", [])), {"host": host})
    return _families(samples)


def write(path: Path, text: str) -> None:
    """Atomically, as node_exporter's textfile collector wants (it may read at any moment)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text)
    partial.replace(path)
