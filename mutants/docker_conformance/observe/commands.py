"""Commands run in another network namespace (nsenter), bounded, and the tools they need."""

from __future__ import annotations

import errno
import shlex
import shutil
import subprocess

COMMENT = "docker-conformance"  # the comment (or name) on the suite's own rules


SBIN = "/usr/local/sbin:/usr/sbin:/sbin"  # where Debian keeps the tools, off a user's usual PATH


class ToolMissing(FileNotFoundError):
    """A tool the suite runs is not installed: the suite could not act, which says nothing of the
    network (never "a device vanished")."""

    def __init__(self, name: str) -> None:
        super().__init__(
            errno.ENOENT,
            f"the suite could not act: `{name}` is not installed (looked for on PATH and in {SBIN})",
        )
        self.tool = name


def binary(name: str) -> str | None:
    """The tool's path: on this process's PATH, or in the sbin folders a login shell may lack."""
    return shutil.which(name) or shutil.which(name, path=SBIN)


def tool(name: str) -> str:
    """`binary(name)`, or ToolMissing."""
    found = binary(name) if "/" not in name else name
    if not found:
        raise ToolMissing(name)
    return found


def run_in(netns: str | None, *argv: str, given: str | None = None) -> subprocess.CompletedProcess[str]:
    """A command in `netns` (nsenter; None: ours), bounded, `given` on its standard input, each tool
    found as `tool` finds it (nsenter would look for it on the caller's PATH); ToolMissing when a
    tool is not installed, OSError when it cannot start or end."""
    argv = (tool(argv[0]), *argv[1:]) if argv and not argv[0].startswith("-") else argv
    command = [tool("nsenter"), f"--net={netns}", *argv] if netns else list(argv)
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=20, check=False, input=given)
    except subprocess.TimeoutExpired as exc:
        raise OSError(f"`{shlex.join(command)}` did not end within 20 s") from exc
