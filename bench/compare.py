"""The suite against a person typing the by-hand commands, side by side, as whole processes.

    python bench/compare.py [ROUNDS]

Alternating rounds (default 5) of:
- the seed claims (`pytest conformance -m seed`) against their by-hand commands as the claims
  document lists them (`bench/byhand.sh seed`), and against the stricter seed walk-through
  (`bench/walkthrough.sh`: only the commands the seed itself types, with the suite's ping flags, so
  both sides send the same packets; it has no egress of its own, which the suite checks);
- the whole suite, serial, with `-n auto` and with `-n 2`, against every claim's by-hand commands
  typed one after another (`bench/byhand.sh`, with the suite's ping flags where the suite pings);
- the whole suite through the probe (`--probe always`: the suite's image, `tox -e image`,
  started on the same engine) against the serial run.
Nothing waits, untimed, for a quiet bridge in between: each side starts as a user's would, right
after the other. Prints the medians, the ratios, and where the whole suite's time goes (busy time
per phase, from the run's `timings/`; threads overlap, so phases can add up to more than the wall).
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
from docker_conformance.observe import timing  # noqa: E402

REPORTS = Path("/tmp/dcf-bench-reports")
SIDES = {
    "seed claims (pytest -m seed)": suite_argv("-m", "seed", reports=REPORTS / "seed"),
    "seed claims by hand (bench/byhand.sh seed)": ["bash", str(ROOT / "bench" / "byhand.sh"), "seed"],
    "seed walk-through by hand (bench/walkthrough.sh)": ["bash", str(ROOT / "bench" / "walkthrough.sh")],
    "whole suite (serial)": suite_argv(reports=REPORTS / "whole"),
    "whole suite (-n auto)": suite_argv("-n", "auto", reports=REPORTS / "parallel"),
    "whole suite (-n 2)": suite_argv("-n", "2", reports=REPORTS / "two"),
    "whole suite through the probe": suite_argv("--probe", "always", reports=REPORTS / "probe"),
    "every claim by hand (bench/byhand.sh)": ["bash", str(ROOT / "bench" / "byhand.sh")],
}
RATIOS = [
    ("seed claims (pytest -m seed)", "seed claims by hand (bench/byhand.sh seed)", "goal <= 1.2"),
    ("seed claims (pytest -m seed)", "seed walk-through by hand (bench/walkthrough.sh)", "same packets"),
    ("whole suite (serial)", "every claim by hand (bench/byhand.sh)", "goal <= 0.7"),
    ("whole suite (-n auto)", "every claim by hand (bench/byhand.sh)", "goal <= 0.7"),
    ("whole suite (-n auto)", "whole suite (serial)", "goal <= 1.0 on 2 cores"),
    ("whole suite (-n 2)", "whole suite (serial)", "two workers, each starting every observation"),
    ("whole suite through the probe", "whole suite (serial)", "goal <= 1.3"),
]


def timed(argv: list[str]) -> float:
    """The wall time of one side. A run of the suite that ended without verdicts (exit 2 and up:
    no engine, no image, an interrupted run) stops the bench: its time would compare nothing. The
    by-hand scripts' status is their last command's (some are refusals the claims expect)."""
    started = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, check=False, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if "pytest" in argv and done.returncode not in (0, 1):
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-5:])
        sys.exit(
            f"bench: `{' '.join(argv)}` exited {done.returncode}; its time would compare nothing:\n{tail}"
        )
    return elapsed


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    timed(SIDES["seed claims (pytest -m seed)"])  # warm: builds the image if needed, fills the page cache
    times: dict[str, list[float]] = {side: [] for side in SIDES}
    for _ in range(rounds):
        for side, argv in SIDES.items():
            times[side].append(timed(argv))
    medians = {side: statistics.median(values) for side, values in times.items()}
    for side, values in times.items():
        print(f"{side:<50} median {medians[side]:6.2f}s  {[round(v, 2) for v in values]}")
    for a, b, goal in RATIOS:
        print(f"ratio {a} / {b}: {medians[a] / medians[b]:.2f} ({goal})")
    whole = timing.load(REPORTS / "whole")
    print(
        f"where the whole suite's time goes (last serial run, {medians['whole suite (serial)']:.2f}s wall):"
    )
    start = medians["whole suite (serial)"] - whole["session"]
    print(f"  {'process start, imports, collection':<36} {start:6.2f}s")
    for name in timing.PHASES:
        calls = whole["calls"].get(name, 0)
        print(f"  {name:<36} {whole['phases'].get(name, 0.0):6.2f}s  ({calls} calls)")


if __name__ == "__main__":
    main()
