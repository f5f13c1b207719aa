"""The errors that stop a run, or a scenario, each with its own exit status.

pytest owns exit statuses 0-5; ours start at 10 so that a CI job can tell "the engine
behaves wrongly" (1) from "the suite could not even look" (10-16, 22-24: the probe and SSH; 25:
the fleet without a swarm), from "the engine or host failed under the suite while it looked"
(17-21), and from "the engine does not run the configuration it should" (26: drift from
`--expect-config`, which outranks 1: the claims were judged against a configuration it does not run).
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    ENGINE_UNREACHABLE = 10
    DOCKER_HOST_MALFORMED = 11
    PERMISSION_DENIED = 12
    ENGINE_API_TOO_OLD = 13
    NO_IMAGE = 14
    INVALID_PROFILE = 15
    ENGINE_NETNS_UNKNOWN = 16
    ENGINE_LOST = 17  # the engine stopped answering during the run
    CONTAINER_LOST = 18  # a container of the suite stopped or vanished while in use
    ENGINE_REFUSED = 19  # the engine refused an operation of the suite (disk full, no bridge, ...)
    WAIT_TIMED_OUT = 20  # a bounded wait ran out
    HOST_CHANGED = 21  # the host's network changed under the suite (a device it used vanished)
    PROBE_CANNOT_START = 22  # no image for the probe (none could be loaded), or the engine refused it
    PROBE_FAILED = 23  # the probe could not observe (a capability refused, its own error)
    SSH_REFUSED = 24  # ssh:// was refused: an unknown or changed host key, or no permission
    NOT_A_MANAGER = 25  # the fleet: this engine manages no swarm (give the engines with --hosts)
    DRIFT = 26  # `--expect-config FILE`: the engine's configuration differs from that file
    TOOL_MISSING = 27  # a tool the suite runs (iptables, nsenter, nft) is not installed: it could not act
    USAGE = 28  # the command's own arguments are wrong (its usage is printed)
    NO_RUN = 29  # explain, diff or report found no finished run where it was pointed


class SuiteError(Exception):
    """A one-paragraph error that ends the run with a distinct exit status."""

    status: ExitStatus = ExitStatus.ENGINE_UNREACHABLE

    def __init__(self, message: str, status: ExitStatus | None = None, ko: str = "") -> None:
        super().__init__(message)
        self.ko = ko  # the paragraph in Korean (`--lang ko`); values stay as they are
        if status is not None:
            self.status = status

    def paragraph(self, lang: str = "en") -> str:
        if lang == "ko" and self.ko:
            return f"docker-conformance: {self.ko} (종료 상태 {int(self.status)})"
        return f"docker-conformance: {self.args[0]} (exit status {int(self.status)})"
