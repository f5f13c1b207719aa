"""The engine's packet filter, as the reachability scenario reads it in the engine's namespace."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

NFT_TABLES = ("ip docker-bridges", "ip6 docker-bridges")  # Docker's nftables backend (29.0 on)


@dataclass(frozen=True)
class PacketFilter:
    """The engine's packet filter as `iptables-save -c` prints it, in the engine's namespace."""

    variant: str | None  # the binary that shows Docker's chains: iptables-nft, iptables-legacy (None: none)
    tables: dict[str, tuple[str, ...]]  # table -> its lines (":CHAIN POLICY [p:b]", "[p:b] -A ...")
    ip6_tables: dict[str, tuple[str, ...]]
    backend: str = ""  # `docker info`'s FirewallBackend (API 1.49 on), e.g. "iptables", "nftables"
    unread: str = ""  # why something was not read
    nft_tables: tuple[str, ...] = ()  # the nftables tables there, "FAMILY NAME": "ip filter", "inet netavark"
    # Docker's own nftables tables (NFT_TABLES), as `nft_lines` renders `nft list table` of each
    nft_rules: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def driver(self) -> str:
        """Whose rules these are, and in which packet filter: the engine's firewall driver, from the
        rules present (Docker's chains, netavark's or CNI's, or their nftables tables)."""
        chains = {chain for table in self.tables for chain in self.chains(table)}
        tables = {table.split()[-1] for table in self.nft_tables}
        for found, driver in (
            ("netavark" in tables, "netavark (nftables)"),
            (any(c.startswith("NETAVARK") for c in chains), "netavark (iptables)"),
            (any(c.startswith("CNI-") for c in chains), "CNI (iptables)"),
            ("docker-bridges" in tables, "Docker (nftables)"),
            (any(c.startswith("DOCKER") for c in chains), f"Docker ({self.variant or 'iptables'})"),
        ):
            if found:
                return driver
        return "none seen"

    def policy(self, chain: str, table: str = "filter") -> str | None:
        for line in self.tables.get(table, ()):
            if line.startswith(f":{chain} "):
                return line.split()[1]
        return None

    def rules(self, table: str, ipv6: bool = False) -> tuple[str, ...]:
        """The table's rules as `iptables -S` prints them (counters left out)."""
        lines = (self.ip6_tables if ipv6 else self.tables).get(table, ())
        return tuple(line.split("] ", 1)[1] for line in lines if line.startswith("[") and "] -A " in line)

    def chains(self, table: str, ipv6: bool = False) -> tuple[str, ...]:
        lines = (self.ip6_tables if ipv6 else self.tables).get(table, ())
        return tuple(line[1:].split()[0] for line in lines if line.startswith(":"))


def nft_lines(listing: str) -> tuple[str, ...]:
    """`nft list table FAMILY NAME`, one line per fact, counters left out: `chain CHAIN` for each
    chain, `CHAIN: RULE` for each of its rules (a base chain's `type ... policy ...;` included),
    `MAP: KEY : VERDICT` for each element of a verdict map."""
    lines: list[str] = []
    block, kind, elements = "", "", ""
    for raw in listing.splitlines():
        line = re.sub(r"counter packets \d+ bytes \d+", "counter", raw.strip())
        if opened := re.match(r"(chain|map|set) (\S+) \{$", line):
            kind, block, elements = opened[1], opened[2], ""
            if kind == "chain":
                lines.append(f"chain {block}")
        elif line == "}" or not line or line.startswith("table "):
            if kind == "map" and elements:
                inside = elements.split("{", 1)[-1].rsplit("}", 1)[0]
                lines += [f"{block}: {e.strip()}" for e in inside.split(",") if e.strip()]
            kind, block, elements = ("", "", "") if line == "}" else (kind, block, elements)
        elif kind == "chain":
            lines.append(f"{block}: {line}")
        elif kind == "map" and (elements or line.startswith("elements")):
            elements += " " + line
    return tuple(lines)
