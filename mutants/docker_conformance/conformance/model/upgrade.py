"""An engine upgraded in place, observed: what `upgrade before` made and recorded, the same read
again by `upgrade after`, and what a watcher saw while the engine was down.

The shape of Kubernetes' upgrade tests (`test/e2e/upgrades`): set up before, test during the
disruption, judge after. Everything here is plain data, as every observation is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docker_conformance.conformance.model.named import Named


@dataclass(frozen=True)
class Try:
    """One try of something the host relied on: a published port, a name, a ping, a forward.

    `sent` False: the probe could not act (no socket, no tool, the container gone): that says
    nothing of the network, and is never judged as "did not answer"."""

    what: Named  # "loopback", "another host", "name", "bridge", "route", "ping"
    target: str  # what was tried: "127.0.0.1:PORT", "c2 on net1", "203.0.113.2"
    ok: bool
    sent: bool = True
    said: str = ""  # the tool's or the socket's own words, where it did not answer


@dataclass(frozen=True)
class Kept:
    """A container of the suite's (`role`), as the engine shows it."""

    role: Named
    name: Named
    id: str
    running: bool
    restart: Named  # its restart policy's name
    addresses: dict[str, str] = field(default_factory=dict)  # network -> IPv4 address
    given: dict[str, str] = field(default_factory=dict)  # network -> the address asked for (`--ip`)
    pid: int = 0  # its process on the host (0: not running)
    started_at: str = ""  # the engine's State.StartedAt: a restart moves it


@dataclass(frozen=True)
class KeptNetwork:
    """A network of the suite's, as `docker network inspect` shows it."""

    role: Named
    name: Named
    subnet: str
    gateway: str
    options: dict[str, str] = field(default_factory=dict)
    asked: bool = False  # its subnet was given (`--subnet`), not allocated from the pools


@dataclass(frozen=True)
class Theirs:
    """One of the user's own containers, read and never touched: whether it runs, its networks and
    addresses, its published ports and whether each TCP one accepted a connection from the host."""

    name: Named
    id: str
    running: bool
    restart: str
    addresses: dict[str, str] = field(default_factory=dict)
    ports: dict[str, bool] = field(default_factory=dict)  # "HOST:PORT->PORT/tcp" -> accepted
    started_at: str = ""


@dataclass(frozen=True)
class Snapshot:
    """The host as `upgrade before` (or `after`) read it."""

    engine: dict[str, str]  # version, live-restore, firewall backend, observed at
    kept: tuple[Kept, ...]
    networks: tuple[KeptNetwork, ...]
    theirs: tuple[Theirs, ...]
    tries: tuple[Try, ...]
    docker_user: tuple[Named, ...]  # the DOCKER-USER chain's rules, in order (`iptables -S`)
    forward: tuple[str, ...]  # the FORWARD chain's rules, in order
    suite_rules: tuple[str, ...]  # the rules of the suite's own among those (its comment)
    unread: str = ""  # why the packet filter was not read ("": it was)

    def kept_by(self, role: str) -> Kept | None:
        return next((k for k in self.kept if k.role == role), None)

    def network(self, role: str) -> KeptNetwork | None:
        return next((n for n in self.networks if n.role == role), None)

    def tried(self, what: str) -> tuple[Try, ...]:
        return tuple(t for t in self.tries if t.what == what)

    def theirs_by(self, container_id: str) -> Theirs | None:
        return next((t for t in self.theirs if t.id == container_id), None)


@dataclass(frozen=True)
class Outage:
    """What the watcher saw of one thing while the engine was down: how long it was out.

    `tries` counts its tries, `failed` those that did not answer; `longest` is the longest run of
    failures in seconds, from the first failed try to the next that answered (or the watch's end);
    `unsent` the tries that could not act (the container's process gone, no tool)."""

    what: Named
    target: str
    tries: int
    failed: int
    longest: float
    unsent: int = 0
    back: bool = True  # it answered again before the watch ended


@dataclass(frozen=True)
class Upgrade:
    """`upgrade after`'s observation: the record before, the same read after, and the outages."""

    before: Snapshot
    after: Snapshot
    outages: tuple[Outage, ...] = ()
    watched: float = 0.0  # seconds the watcher ran (0: no watcher)
    record: str = ""  # where the record was

    @property
    def live_restore(self) -> bool | None:
        """Whether the engine ran with live-restore before the upgrade (None: it did not say)."""
        said = self.before.engine.get("live_restore")
        return None if said in (None, "") else said == "true"
