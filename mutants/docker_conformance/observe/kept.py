"""What an upgrade check keeps between `upgrade before` and `upgrade after`: the suite's own, held
past the process that made it while the upgrade's record is on the host, and swept once the record
is gone (a crash, a reboot that lost /var/lib) like any dead run's leftovers.

Its containers and networks carry KEPT_LABEL=<id>; its namespaces are `dcfu-<id>-ROLE`, its links
`dcfu<id>…`, its rules in DOCKER-USER commented `docker-conformance-upgrade <id> …`.
"""

from __future__ import annotations

import os
import re
import shlex
from contextlib import suppress
from pathlib import Path

from docker.errors import APIError, NotFound

from docker_conformance.observe.commands import binary, run_in
from docker_conformance.observe.engine import Engine
from docker_conformance.observe.netview import netlink
from docker_conformance.observe.nsenter import delete_named_netns, named_netns

STATE = Path("/var/lib/docker-conformance/upgrade")  # one record a host: an upgrade is the host's
KEPT_LABEL = "io.docker-conformance.upgrade"  # its value: the record's id
PREFIX = "dcfu-"
COMMENT = "docker-conformance-upgrade"
_ID = re.compile(rf"^{PREFIX}(?P<id>[0-9a-f]{{8}})-")
_LINK = re.compile(r"^dcfu(?P<id>[0-9a-f]{8})")
_RULE = re.compile(rf'--comment "?{COMMENT} (?P<id>[0-9a-f]{{8}})')


def open_ids(state: Path = STATE) -> set[str]:
    """The ids of every upgrade whose record is still on this host, or whose `before` is still making
    it (its `maker` file names a live process): what a sweep leaves alone."""
    found = set()
    for folder in state.glob("*") if state.is_dir() else ():
        maker = folder / "maker"
        making = maker.exists() and Path(f"/proc/{maker.read_text().strip() or 0}").exists()
        if (folder / "record.json").exists() or making:
            found.add(folder.name)
    return found


def making(upgrade: str, state: Path = STATE) -> Path:
    """Say that this process is making upgrade `upgrade`'s things (before any exists): no sweep takes
    them for a crashed upgrade's while it lives."""
    folder = state / upgrade
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "maker").write_text(str(os.getpid()))
    return folder


def kept(labels: dict[str, str], state: Path = STATE) -> bool:
    """Whether a labelled thing is an open upgrade's, kept past the process that made it."""
    return labels.get(KEPT_LABEL) in open_ids(state)


def sweep_kept(engine: Engine, state: Path = STATE) -> list[str]:
    """Remove the namespaces, links and DOCKER-USER rules of upgrades whose record is gone (their
    containers and networks go with `ownership.sweep`: their makers are dead)."""
    alive, removed = open_ids(state), []
    for name in named_netns():
        if (match := _ID.match(name)) and match["id"] not in alive:
            delete_named_netns(name)
            removed.append(f"network namespace {name}")
    with netlink(engine.netns) as nl:
        for link in nl.get_links():
            name = link.get_attr("IFLA_IFNAME") or ""
            if (match := _LINK.match(name)) and match["id"] not in alive:
                with suppress(Exception):
                    nl.link("del", index=link["index"])
                    removed.append(f"link {name}")
    for each in ("iptables-nft", "iptables-legacy"):
        if not binary(each):
            continue
        with suppress(OSError):
            for line in run_in(engine.netns, each, "-w", "-S", "DOCKER-USER").stdout.splitlines():
                if (match := _RULE.search(line)) and match["id"] not in alive and line.startswith("-A "):
                    run_in(engine.netns, each, "-w", "-D", *shlex.split(line)[1:])
                    removed.append(f"{each} rule `{line}`")
    return removed


def remove_labelled(engine: Engine, upgrade: str) -> list[str]:
    """Remove the containers and networks labelled for upgrade `upgrade` (the record's own)."""
    removed, mine = [], {"label": f"{KEPT_LABEL}={upgrade}"}
    for container in engine.client.containers.list(all=True, filters=mine, ignore_removed=True):
        with suppress(NotFound, APIError):
            container.remove(force=True, v=True)
            removed.append(f"container {container.name}")
    for network in engine.client.networks.list(filters=mine):
        with suppress(NotFound, APIError):
            network.remove()
            removed.append(f"network {network.name}")
    return removed
