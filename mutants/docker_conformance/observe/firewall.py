"""The engine's packet filter, read with the iptables variant the engine uses, and the suite's one rule.

The only rule the suite ever adds is its own DOCKER-USER rule (D-FW-1), or with the nftables
backend its own table (`ip dcf-<run>-fw`, one forward-hook chain with that rule), as Docker
documents for each: it matches only an outside of the suite's own, carries a comment or name
naming the run, is removed when its block ends (also on failure and Ctrl-C), and a killed run's
is swept by the next run. No other rule is touched.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from contextlib import contextmanager

from docker_conformance.conformance.model.packet_filter import PacketFilter
from docker_conformance.observe.commands import COMMENT, binary, run_in
from docker_conformance.observe.engine import Engine
from docker_conformance.observe.locks import network_changes
from docker_conformance.observe.nftables import (
    docker_nft,
    nft_command,
    nft_table,
    nft_user_rule,
    nftables,
    sweep_nft,
)
from docker_conformance.observe.nsenter import read_in
from docker_conformance.observe.ownership import Run, dead_name

VARIANTS = ("iptables-nft", "iptables-legacy")
_RULE_COMMENT = re.compile(rf'--comment "?{COMMENT} (?P<run>[\w-]+)"?')


def _save(netns: str | None, binary: str) -> dict[str, tuple[str, ...]]:
    """`<binary> -c`: table -> its chain and rule lines."""
    done = run_in(netns, binary, "-c")
    if done.returncode != 0:
        raise OSError(f"`{binary} -c` failed: {done.stderr.strip() or done.returncode}")
    tables: dict[str, list[str]] = {}
    current: list[str] = []
    for line in done.stdout.splitlines():
        if line.startswith("*"):
            current = tables.setdefault(line[1:], [])
        elif line.startswith((":", "[")):
            current.append(line)
    return {name: tuple(lines) for name, lines in tables.items()}


def _legacy_tables(netns: str | None) -> bool:
    """Whether the engine's namespace has legacy (x_tables) tables at all: asking
    iptables-legacy-save where it has none would load the kernel's ip_tables modules."""
    try:
        return bool(read_in(netns, "/proc/thread-self/net/ip_tables_names").strip())
    except OSError:
        return False


def variant(netns: str | None) -> str | None:
    """The iptables variant whose tables hold Docker's chains (the one the engine wrote with); with
    none, the one the `iptables` command is; None when no iptables is installed."""
    for each in VARIANTS:
        if not binary(f"{each}-save") or (each == "iptables-legacy" and not _legacy_tables(netns)):
            continue
        try:
            tables = _save(netns, f"{each}-save")
        except OSError:
            continue
        if any(line.startswith(":DOCKER") for lines in tables.values() for line in lines):
            return each
    plain = binary("iptables")
    if not plain:
        return None
    said = run_in(None, plain, "-V").stdout
    return "iptables-nft" if "nf_tables" in said else "iptables-legacy"


def read(engine: Engine, chosen: str | None, backend: str = "") -> PacketFilter:
    """The IPv4 and IPv6 tables in the engine's namespace, while no network of the suite is made
    or removed (the engine rewrites FORWARD then), and its nftables tables (Docker's own read whole
    when its backend is nftables)."""
    nft, rules, unread = nftables(engine.netns), {}, ""
    if chosen is None and backend != "nftables":
        return PacketFilter(
            None, {}, {}, backend, "no iptables binary is installed here: no rule was read", nft
        )
    six = (chosen or "").replace("iptables", "ip6tables")
    try:
        with network_changes(engine):
            if backend == "nftables":
                rules, unread = docker_nft(engine)
            if chosen is None:
                return PacketFilter(None, {}, {}, backend, unread, nft, rules)
            tables = _save(engine.netns, f"{chosen}-save")
            try:
                ip6 = _save(engine.netns, f"{six}-save")
            except OSError as exc:
                why = f"ip6tables was not read ({exc})"
                return PacketFilter(chosen, tables, {}, backend, why, nft, rules)
    except OSError as exc:
        return PacketFilter(chosen, {}, {}, backend, f"the rules were not read ({exc})", nft, rules)
    return PacketFilter(chosen, tables, ip6, backend, unread, nft, rules)


# what a docker info warning about the packet filter says (its words vary: its subject does not)
_FILTER_WARNING = re.compile(r"iptables|nftables|firewall|bridge-nf-call|br_netfilter|raw table", re.I)


def warnings(info: dict) -> tuple[str, ...]:
    """docker info's warnings that concern the packet filter: engine facts, named in the verdicts
    they explain (DOCKER_INSECURE_NO_IPTABLES_RAW: no raw-table rules, so direct routing is not blocked)."""
    return tuple(w for w in info.get("Warnings") or () if _FILTER_WARNING.search(w))


def kernel_facts(engine: Engine) -> dict[str, str]:
    """Whether bridged frames meet iptables: br_netfilter (its sysctls exist only while it is
    loaded, as a module or built in) and bridge-nf-call-iptables in the engine's namespace."""
    try:
        value = read_in(engine.netns, "/proc/sys/net/bridge/bridge-nf-call-iptables").strip()
    except OSError:
        return {"br_netfilter": "not loaded"}
    return {"br_netfilter": "loaded", "bridge-nf-call-iptables": value}


def _spec(source: str, run: Run) -> list[str]:
    return [
        "-s", f"{source}/32", "-p", "tcp",
        "-m", "comment", "--comment", f"{COMMENT} {run.netns_name('fw')}",
        "-j", "REJECT", "--reject-with", "tcp-reset",
    ]  # fmt: skip


@contextmanager
def user_rule(
    netns: str | None, chosen: str | None, source: str, run: Run, nft: list[str] | None = None
) -> Iterator[tuple[str, str]]:
    """The suite's own rule before Docker's, rejecting TCP from `source` (an outside of the suite's)
    only: at the top of DOCKER-USER, or with the nftables backend (`nft`: the nft to run, as
    `nft_command` gives it) in a table of the suite's own, as Docker documents for each. Yields
    (the rule, "") or ("", why it could not be added). Removed after."""
    if nft is not None:
        with nft_user_rule(netns, nft, source, run) as added:
            yield added
        return
    if chosen is None:
        yield "", "no iptables binary is installed here"
        return
    spec = _spec(source, run)
    done = run_in(netns, chosen, "-w", "-I", "DOCKER-USER", *spec)
    if done.returncode != 0:
        yield "", f"`{chosen} -I DOCKER-USER` failed: {done.stderr.strip() or done.returncode}"
        return
    try:
        yield shlex.join(["-I", "DOCKER-USER", *spec]), ""
    finally:
        run_in(netns, chosen, "-w", "-D", "DOCKER-USER", *spec)


def packets(netns: str | None, chosen: str | None, run: Run, nft: list[str] | None = None) -> int:
    """The packet counter of the suite's own rule (0 when it is not there)."""
    if nft:
        done = run_in(netns, *nft, "list", "table", "ip", nft_table(run))
        counted = re.search(r"counter packets (\d+)", done.stdout)
        return int(counted[1]) if counted else 0
    done = run_in(netns, chosen or "iptables", "-w", "-S", "DOCKER-USER", "-v")
    marker = f"{COMMENT} {run.netns_name('fw')}"
    for line in done.stdout.splitlines():
        if marker in line and (counters := re.search(r"-c (\d+) \d+", line)):
            return int(counters[1])
    return 0


def sweep_rules(engine: Engine) -> list[str]:
    """Remove the DOCKER-USER rules and nftables tables that dead runs of the suite left (killed
    before teardown): only those carrying the suite's comment or name whose run's process is gone."""
    netns, removed = engine.netns, []
    for each in VARIANTS:
        if not binary(each) or (each == "iptables-legacy" and not _legacy_tables(netns)):
            continue
        try:
            listed = run_in(netns, each, "-w", "-S", "DOCKER-USER")
        except OSError:
            continue
        for line in listed.stdout.splitlines():
            match = _RULE_COMMENT.search(line)
            if match and line.startswith("-A DOCKER-USER ") and dead_name(match["run"]):
                run_in(netns, each, "-w", "-D", *shlex.split(line)[1:])
                removed.append(f"{each} rule `{line}`")
    return removed + sweep_nft(netns, nft_command(engine))
