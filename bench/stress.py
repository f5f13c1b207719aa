"""The whole suite, run after run, while a user's containers churn on the default bridge.

    python bench/stress.py [--runs 100] [--period 0.3] [--mutant] [--out reports/stress]

A churn loop starts a short-lived container (`true`) on the default bridge every PERIOD seconds
and removes the exited ones, as a busy host's users would; a long-lived user container and a
user network stand beside it. Each run's verdicts are read from its summary.json. A failed
claim is a false failure, except, with --mutant, the claims that a deliberately misconfigured
engine (`--bip 10.99.0.1/24`, its own network namespace) really breaks: those must fail in every
run. Every failing run keeps its reports under OUT/run-N. Ends with a table per claim, whether
the user's container and network are untouched, and exit status 1 on any false or hidden failure.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import docker

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from docker_conformance.command import suite_argv  # noqa: E402
from docker_conformance.conformance.core.summary import Summary  # noqa: E402
from docker_conformance.engines.launch import engine  # noqa: E402
from docker_conformance.observe.image import SUITE_TAG  # noqa: E402
from tests.helpers.broken import BROKEN_BY  # noqa: E402

CHURN_LABEL = "example.user.churn"


class Churn:
    """A user's short-lived containers on the default bridge, one every `period` seconds."""

    def __init__(self, client: docker.DockerClient, period: float) -> None:
        self.client, self.period = client, period
        self.stop, self.started = threading.Event(), 0
        self.thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        while not self.stop.wait(self.period):
            with contextlib.suppress(docker.errors.DockerException):  # a user's container may vanish
                self.client.containers.run(
                    SUITE_TAG, ["true"], detach=True, dns=["127.0.0.1"], labels={CHURN_LABEL: "1"}
                )
                self.started += 1
            with contextlib.suppress(docker.errors.DockerException):
                for gone in self.client.containers.list(
                    all=True, sparse=True, filters={"label": CHURN_LABEL, "status": "exited"}
                ):
                    with contextlib.suppress(docker.errors.DockerException):
                        gone.remove()

    def __enter__(self) -> Churn:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop.set()
        self.thread.join()
        for left in self.client.containers.list(all=True, filters={"label": CHURN_LABEL}):
            left.remove(force=True)


@contextlib.contextmanager
def target(mutant: bool) -> Iterator[str]:
    """The engine to stress: the local one, or a misconfigured one of the suite's own."""
    if not mutant:
        yield os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
        return
    with engine("--bip", "10.99.0.1/24") as running:
        yield running.docker_host


def _inspect(client: docker.DockerClient, container_id: str, network_id: str) -> str:
    return json.dumps([client.api.inspect_container(container_id), client.api.inspect_network(network_id)])


def _suite(out: Path, docker_host: str) -> subprocess.CompletedProcess[str]:
    """One whole run; interrupted, it is asked to stop (SIGINT) so that it cleans up after itself."""
    env = {**os.environ, "DOCKER_HOST": docker_host}
    with subprocess.Popen(
        suite_argv(reports=out),
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    ) as proc:
        try:
            output, _ = proc.communicate()
        except KeyboardInterrupt:
            proc.send_signal(signal.SIGINT)
            proc.communicate(timeout=120)
            raise
    return subprocess.CompletedProcess(proc.args, proc.returncode, output, "")


def _interrupt(signum: int, _frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGTERM, _interrupt)  # clean up as on Ctrl-C
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--period", type=float, default=0.3)
    parser.add_argument("--mutant", action="store_true", help="stress a misconfigured engine (--bip)")
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "stress")
    args = parser.parse_args(argv)
    expected = BROKEN_BY["bip"] if args.mutant else set()
    shutil.rmtree(args.out, ignore_errors=True)
    with target(args.mutant) as docker_host:
        client = docker.DockerClient(base_url=docker_host)
        if not client.images.list(name=SUITE_TAG):  # the suite builds it on its first run
            subprocess.run(
                suite_argv("-k", "S-INST-1", reports=args.out / "warm"),
                cwd=ROOT,
                check=False,
                env={**os.environ, "DOCKER_HOST": docker_host},
                capture_output=True,
            )
        tag = uuid.uuid4().hex[:6]
        network = client.networks.create(f"user-net-{tag}")
        web = client.containers.run(
            SUITE_TAG, ["sleep", "3600"], name=f"user-web-{tag}", detach=True, dns=["127.0.0.1"]
        )
        before = _inspect(client, web.id, network.id)
        false, hidden, unjudged = Counter(), Counter(), Counter()
        try:
            with Churn(client, args.period) as churn:
                for run in range(1, args.runs + 1):
                    out = args.out / f"run-{run}"
                    result = _suite(out, docker_host)
                    (out / "output.txt").write_text(result.stdout)
                    try:
                        summary = Summary.load(out / "summary.json")
                    except OSError:
                        print(f"run {run}: no summary (exit {result.returncode}); kept in {out}")
                        false["(no summary)"] += 1
                        continue
                    failed = set(summary.failed())
                    na = {c for c, r in summary.claims.items() if not r.applicable}
                    false.update(failed - expected)
                    hidden.update(expected - failed)
                    unjudged.update(na)
                    events = sum(len(e) - 1 for e in summary.activity.values())
                    line = (
                        f"run {run}: exit {result.returncode}, {len(summary.claims)} claims, false failures "
                        f"{sorted(failed - expected) or '-'}, hidden {sorted(expected - failed) or '-'}, "
                        f"not judged {sorted(na) or '-'}; {events} events by others"
                    )
                    print(line, flush=True)
                    if not (failed - expected or expected - failed):
                        shutil.rmtree(out)
                print(f"churn: {churn.started} user containers started")
            untouched = _inspect(client, web.id, network.id) == before
        finally:
            web.remove(force=True)
            network.remove()
    print(f"false failures by claim: {dict(false) or 'none'}")
    print(f"real failures hidden by churn: {dict(hidden) or 'none'}")
    print(f"not judged (busy) by claim: {dict(unjudged) or 'none'}")
    print(f"the user's container and network untouched: {untouched}")
    return 0 if untouched and not false and not hidden else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit("stress: interrupted; the run in progress was asked to clean up")
