"""Commands run in another network namespace (nsenter), bounded, and the tools they need."""

from __future__ import annotations

import shlex
import shutil
import subprocess

COMMENT = "docker-conformance"  # the comment (or name) on the suite's own rules


def binary(name: str) -> str | None:
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")


def run_in(netns: str | None, *argv: str, given: str | None = None) -> subprocess.CompletedProcess[str]:
    """A command in `netns` (nsenter; None: ours), bounded, `given` on its standard input; OSError
    when it cannot start or end."""
    command = ["nsenter", f"--net={netns}", *argv] if netns else list(argv)
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=20, check=False, input=given)
    except subprocess.TimeoutExpired as exc:
        raise OSError(f"`{shlex.join(command)}` did not end within 20 s") from exc
