"""Where a run of the seed claims spends its time before and around the engine, as whole processes.

    python bench/startup.py [ROUNDS]

Each step is a process of its own, timed from its start to its end, in alternating rounds
(default 5), and printed as medians; each row adds one thing to the one above, so the difference
between two rows is what that thing costs:

- Python itself (`python -c pass`);
- pytest with the plugins it loads by entry point (allure, xdist), importing nothing of this suite;
- the libraries the suite talks to the engine with (docker, pyroute2, pydantic);
- this suite's own modules (the plugin, the registry and every judge);
- collecting the seed claims (`pytest conformance --collect-only -m seed`: no engine is asked);
- the seed claims against the engine (`pytest conformance -m seed`), for the whole;
- the seed's own walk-through typed by hand (`bench/walkthrough.sh`), for comparison.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from docker_conformance.command import suite_argv  # noqa: E402

PY = sys.executable
PLUGINS = "import pytest, allure_pytest.plugin, xdist.plugin"
STEPS = {
    "python -c pass": [PY, "-c", "pass"],
    "+ pytest and its plugins (allure, xdist)": [PY, "-c", PLUGINS],
    "+ docker, pyroute2, pydantic": [PY, "-c", f"{PLUGINS}, docker, pyroute2, pydantic"],
    "+ the suite's modules": [
        PY,
        "-c",
        f"{PLUGINS}, docker, pyroute2, pydantic, fixtures.plugin, docker_conformance.conformance.judges",
    ],
    "+ collecting the seed claims": suite_argv("--collect-only", "-m", "seed", reports="/tmp/dcf-startup"),
    "the seed claims against the engine": suite_argv("-m", "seed", reports="/tmp/dcf-startup"),
    "the seed walk-through by hand (bench/walkthrough.sh)": ["bash", str(ROOT / "bench" / "walkthrough.sh")],
}  # fmt: skip


def timed(argv: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, check=False, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-5:])
        sys.exit(f"bench/startup.py: `{' '.join(argv)}` ended with exit {done.returncode}:\n{tail}")
    return time.perf_counter() - started


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    times: dict[str, list[float]] = {name: [] for name in STEPS}
    for _ in range(rounds):
        for name, argv in STEPS.items():
            times[name].append(timed(argv))
    print(f"medians of {rounds} rounds (bench/startup.py)")
    previous = 0.0
    for name, values in times.items():
        median = statistics.median(values)
        step = f"  (+{median - previous:.2f} s)" if name.startswith("+") else ""
        print(f"{median:6.2f} s  {name}{step}")
        previous = median
    return 0


if __name__ == "__main__":
    sys.exit(main())
