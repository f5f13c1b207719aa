"""nftables in the engine's namespace: its tables over netlink, Docker's own tables (the nftables
backend, 29.0 on) read with the engine's own nft, and the suite's own table for D-FW-1 (with the
nftables backend, Docker documents a table of the user's own for rules that come before its own).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from pyroute2.netlink.exceptions import NetlinkError
from pyroute2.nftables.main import NFTables

from docker_conformance.conformance.model.packet_filter import NFT_TABLES, nft_lines
from docker_conformance.observe.commands import COMMENT, binary, run_in
from docker_conformance.observe.engine import Engine, socket_owner
from docker_conformance.observe.nsenter import in_netns
from docker_conformance.observe.ownership import Run, dead_name


def _engine_root(engine: Engine) -> str | None:
    """The engine's own root filesystem (/proc/PID/root of the process serving its local socket),
    where it holds an nft: the nft the nftables backend itself runs (29.6 on), which reads its
    tables as written. None where that cannot be seen (a remote engine, a probe)."""
    if urlparse(engine.facts.docker_host).scheme != "unix":
        return None
    try:
        root = f"/proc/{socket_owner(engine.facts.docker_host)}/root"
        found = any(Path(root, d, "nft").exists() for d in ("usr/sbin", "sbin", "usr/bin"))
        return root if found and not os.path.samefile(root, "/") else None
    except OSError:  # another user's process (a docker-group user): this host's nft, then
        return None


NO_NFT = "the suite could not act: no `nft` binary is installed here (Debian: nftables)"


def nft_command(engine: Engine) -> list[str]:
    """The nft to run in the engine's namespace: the engine's own where its root is seen (as the
    nftables backend runs nft itself: it reads the tables as they were written), else this host's;
    [] when there is none."""
    if root := _engine_root(engine):
        return ["nsenter", f"--root={root}", "nft"]
    nft = binary("nft")
    return [nft] if nft else []


def docker_nft(engine: Engine) -> tuple[dict[str, tuple[str, ...]], str]:
    """Docker's nftables tables (`nft list table`, with `nft_command`), each as `nft_lines`; and ""
    or why they were not read."""
    argv = nft_command(engine)
    if not argv:
        return {}, NO_NFT
    rules = {}
    for table in NFT_TABLES:
        done = run_in(engine.netns, *argv, "list", "table", *table.split())
        if done.returncode < 0:
            return rules, (
                f"the suite could not act: `{' '.join(argv)} list table {table}` was killed by signal "
                f"{-done.returncode} (an nft older than the engine's tables: use the engine's own nft)"
            )
        if done.returncode != 0:
            return rules, f"`nft list table {table}` failed: {done.stderr.strip() or done.returncode}"
        rules[table] = nft_lines(done.stdout)
    return rules, ""


NFPROTO = {1: "inet", 2: "ip", 3: "arp", 5: "netdev", 7: "bridge", 10: "ip6"}


def nftables(netns: str | None) -> tuple[str, ...]:
    """The nftables tables in `netns`, read over netlink: `ip filter` (iptables-nft's), `inet
    netavark` (Podman 5's nftables driver), `ip docker-bridges` (Docker's nftables backend)."""

    def tables(nft: NFTables) -> tuple[str, ...]:
        return tuple(
            sorted(
                f"{NFPROTO.get(t['nfgen_family'], '?')} {t.get_attr('NFTA_TABLE_NAME')}"
                for t in nft.get_tables()
            )
        )

    return _nft_read(netns, tables)


def nft_ipv6_dnat(netns: str | None, port: int) -> tuple[str, ...]:
    """nftables rules in `netns` that DNAT IPv6 traffic for `port` (netavark's nftables driver
    publishes ports so), read over netlink: "TABLE CHAIN: dport PORT dnat ip6" each."""

    def dnat(rule: Any) -> bool:
        exprs = [(e.get_attr("NFTA_EXPR_NAME"), e.get_attr("NFTA_EXPR_DATA")) for e in
                 rule.get_attr("NFTA_RULE_EXPRESSIONS") or ()]  # fmt: skip
        values = {d.get_attr("NFTA_CMP_DATA").get_attr("NFTA_DATA_VALUE") for n, d in exprs if n == "cmp"}
        nat = [(d.get_attr("NFTA_NAT_TYPE"), d.get_attr("NFTA_NAT_FAMILY")) for n, d in exprs if n == "nat"]
        return port.to_bytes(2, "big") in values and ("NFT_NAT_DNAT", socket.AF_INET6) in nat

    def rules(nft: NFTables) -> tuple[str, ...]:
        return tuple(
            f"{NFPROTO.get(r['nfgen_family'], '?')} {r.get_attr('NFTA_RULE_TABLE')} "
            f"{r.get_attr('NFTA_RULE_CHAIN')}: dport {port} dnat ip6"
            for r in nft.get_rules()
            if dnat(r)
        )

    return _nft_read(netns, rules)


def _nft_read(netns: str | None, read: Callable[[NFTables], tuple[str, ...]]) -> tuple[str, ...]:
    """`read` over an nftables netlink socket in `netns`; () when nftables cannot be read there."""

    def opened() -> tuple[str, ...]:
        with closing(NFTables(nfgen_family=0)) as nft:
            return read(nft)

    try:
        return in_netns(netns, opened)
    except (OSError, NetlinkError):
        return ()


def nft_table(run: Run) -> str:
    """The suite's own nftables table for this run (nftables backend, D-FW-1)."""
    return run.netns_name("fw")


def _nft_rule(source: str, run: Run) -> str:
    """The suite's own table, as `nft -f` reads it: a base chain on the forward hook, before Docker's
    (priority filter - 1), rejecting TCP from `source` (an outside of the suite's) only."""
    return (
        f"table ip {nft_table(run)} {{\n"
        "  chain forward {\n"
        "    type filter hook forward priority filter - 1; policy accept;\n"
        f'    ip saddr {source} meta l4proto tcp counter reject with tcp reset comment "{COMMENT}"\n'
        "  }\n"
        "}\n"
    )


@contextmanager
def nft_user_rule(netns: str | None, nft: list[str], source: str, run: Run) -> Iterator[tuple[str, str]]:
    """The suite's own table (`nft_rule`) in `netns`, with `nft`; yields (what was added, "") or ("",
    why not). Deleted after."""
    if not nft:
        yield "", NO_NFT
        return
    table = _nft_rule(source, run)
    done = run_in(netns, *nft, "-f", "-", given=table)
    if done.returncode != 0:
        yield "", f"`nft -f` of the suite's table failed: {done.stderr.strip() or done.returncode}"
        return
    try:
        yield f"nft -f - <<EOF\n{table}EOF", ""
    finally:
        run_in(netns, *nft, "delete", "table", "ip", nft_table(run))


def sweep_nft(netns: str | None, nft: list[str]) -> list[str]:
    """Remove the nftables tables of the suite's own (`ip dcf-...-fw`) whose run's process is gone."""
    if not nft:
        return []
    try:
        listed = run_in(netns, *nft, "list", "tables", "ip")
    except OSError:
        return []
    removed = []
    for line in listed.stdout.splitlines():
        name = line.split()[-1] if line.startswith("table ip ") else ""
        if name.startswith("dcf-") and name.endswith("-fw") and dead_name(name):
            run_in(netns, *nft, "delete", "table", "ip", name)
            removed.append(f"nftables table `ip {name}`")
    return removed
