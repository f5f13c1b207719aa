"""A fleet run's progress on a terminal: one line, drawn anew as hosts end (nothing when the
output is a file or a pipe, so that logs keep only the summary)."""

from __future__ import annotations

import json
import sys
from typing import TextIO

from docker_conformance.conformance.outputs.fleet_merge import HostResult, failing_claims


class Progress:
    def __init__(self, total: int, stream: TextIO = sys.stderr) -> None:
        self.total, self.stream = total, stream
        self.shown = stream.isatty()
        self.done = self.failing = self.silent = 0

    def _draw(self, text: str) -> None:
        if self.shown:
            self.stream.write(f"\r\033[K{text}")
            self.stream.flush()

    def host(self, result: HostResult) -> None:
        """One host ended (--hosts): counted as done, and as failing or silent."""
        self.done += 1
        if not result.reported:
            self.silent += 1
        elif failing_claims(json.loads((result.folder / "summary.json").read_text())):  # type: ignore[operator]
            self.failing += 1
        self._draw(f"hosts: {self.done}/{self.total} done, {self.failing} failing, {self.silent} silent")

    def tasks(self, done: int, total: int) -> None:
        """The swarm's tasks: how many have ended (their results are read once all have)."""
        self._draw(f"nodes: {done}/{total} tasks ended")

    def end(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
