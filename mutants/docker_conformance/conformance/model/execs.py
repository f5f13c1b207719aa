"""The seed's own view: commands run inside a container with `docker exec`, kept verbatim."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SUMMARY = re.compile(r"(\d+) packets transmitted, (\d+) (?:packets )?received")
# the tool's own words when it could not act (a refused socket, a missing or broken binary)
_COULD_NOT = re.compile(
    r"permission denied|socket: operation not permitted|not found|can't execute|exec format error"
    r"|executable file",
    re.IGNORECASE,
)
_TTL = re.compile(r"ttl=(\d+)")


@dataclass(frozen=True)
class Exec:
    command: str  # as a person would type it: `docker exec busybox1 ip addr`
    exit_code: int
    output: str


@dataclass(frozen=True)
class Ping:
    source: str
    target: str
    exec: Exec
    # earlier tries whose echoes were lost while other containers came and went (their outputs)
    lost_while_busy: tuple[str, ...] = ()

    @property
    def acted(self) -> bool:
        """Whether ping could send at all. One that could not open its raw socket (no NET_RAW:
        "permission denied"), could not run, or said nothing at all, says nothing of the network;
        one that sent and heard nothing, or was told "Network is unreachable", does."""
        said = self.exec.output
        return _SUMMARY.search(said) is not None or (bool(said.strip()) and not _COULD_NOT.search(said))

    @property
    def complete(self) -> bool:
        return self.received > 0 and self.received == self.transmitted

    @property
    def transmitted(self) -> int:
        match = _SUMMARY.search(self.exec.output)
        return int(match[1]) if match else 0

    @property
    def received(self) -> int:
        match = _SUMMARY.search(self.exec.output)
        return int(match[2]) if match else 0

    @property
    def loss_percent(self) -> float:
        return 100.0 if not self.transmitted else 100.0 * (1 - self.received / self.transmitted)

    @property
    def ttls(self) -> tuple[int, ...]:
        return tuple(int(t) for t in _TTL.findall(self.exec.output))


def nameservers(text: str) -> list[str]:
    """The nameserver lines of a resolv.conf, in order."""
    return [
        fields[1]
        for line in text.splitlines()
        if len(fields := line.split()) > 1 and fields[0] == "nameserver"
    ]
