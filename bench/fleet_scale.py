"""A synthetic fleet from real recorded runs, merged at 10, 100 and 1,000 hosts: time and peak memory.

    python bench/fleet_scale.py [N ...]

The hosts' results are the compact results (what a swarm's node sends, `conformance/outputs/compact.py`)
of real runs of this suite (`tests/recorded/`): Docker 20.10 and 28.5 as they conform, and a
Docker 20.10 started with `--bip` (a deviating engine, as the self-tests' mutant): of every 40
hosts, one deviates and one is silent, the rest alternate between the two conforming engines.
Each N is merged in a process of its own (fleet.json, fleet.md, the folded Allure results drawn
from the compact results), timed, with its peak memory (maxrss). It checks that fleet.md names
every group in its first 40 lines.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from docker_conformance.conformance.outputs import compact, fleet_merge  # noqa: E402

SOURCES = [ROOT / "tests" / "recorded" / name for name in ("docker-20.10", "docker-28.5")]
DEVIATING = ROOT / "tests" / "recorded" / "mutant-bip"


def hosts(n: int, where: Path) -> list[fleet_merge.HostResult]:
    results = []
    for i in range(n):
        name = f"node{i:04d}"
        if i % 40 == 39:
            results.append(fleet_merge.HostResult(name, None, "no task ran there (the node is down)"))
            continue
        source = DEVIATING if i % 40 == 20 else SOURCES[i % 2]
        folder = where / name
        folder.mkdir(parents=True)
        summary = json.loads((source / "summary.json").read_text())
        (folder / "summary.json").write_text(json.dumps(compact.compact(summary), separators=(",", ":")))
        results.append(fleet_merge.HostResult(name, folder))
    return results


def one(n: int) -> None:
    with tempfile.TemporaryDirectory(prefix="dcf-fleet-") as tmp:
        results = hosts(n, Path(tmp) / "hosts")
        started = time.perf_counter()
        merged = fleet_merge.merge(results, Path(tmp) / "out")
        elapsed = time.perf_counter() - started
        head = (Path(tmp) / "out" / "fleet.md").read_text().splitlines()[:40]
        named = all(any(g["hosts"][0] in line for line in head) for g in merged["groups"])
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{n:5d} hosts: merged in {elapsed:.2f} s, peak {peak:.0f} MB, {len(merged['groups'])} groups, "
              f"every group named in fleet.md's first 40 lines: {named}")  # fmt: skip


def main() -> int:
    if sys.argv[1:2] == ["--one"]:
        one(int(sys.argv[2]))
        return 0
    for n in [int(a) for a in sys.argv[1:]] or [10, 100, 1000]:
        subprocess.run([sys.executable, __file__, "--one", str(n)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
