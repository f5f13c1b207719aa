"""Time the seed claims (`pytest conformance -m seed`) against the seed's manual walk-through.

Both run as whole processes, alternating, several rounds; prints the medians and the ratio.
Usage: python bench/compare.py [ROUNDS]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from conformance.command import suite_argv  # noqa: E402

SUITE = suite_argv("-m", "seed", reports="/tmp/dcf-bench-reports")
MANUAL = ["bash", str(ROOT / "bench" / "walkthrough.sh")]


def idle_bridge() -> None:
    """Untimed: wait until docker0 has dropped its carrier, as a fresh reader would find it."""
    from fixtures.netview import read_netns
    from fixtures.waiting import wait_for

    def idle() -> bool:
        docker0 = read_netns().interface("docker0")
        return docker0 is None or docker0.operstate == "DOWN"

    wait_for(idle, timeout=5, what="docker0 to go idle")


def timed(argv: list[str]) -> float:
    idle_bridge()
    started = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    timed(SUITE)  # warm: builds the image if needed, fills the page cache
    suite, manual = [], []
    for _ in range(rounds):
        suite.append(timed(SUITE))
        manual.append(timed(MANUAL))
    s, m = statistics.median(suite), statistics.median(manual)
    print(f"seed claims (22 checks, pytest -m seed): median {s:.2f}s  {[round(x, 2) for x in suite]}")
    print(f"manual walk-through (bench/walkthrough.sh): median {m:.2f}s  {[round(x, 2) for x in manual]}")
    print(f"ratio suite/manual: {s / m:.2f}")


if __name__ == "__main__":
    main()
