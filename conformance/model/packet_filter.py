"""The engine's packet filter, as the reachability scenario reads it in the engine's namespace."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PacketFilter:
    """The engine's packet filter as `iptables-save -c` prints it, in the engine's namespace."""

    variant: str | None  # the binary that shows Docker's chains: iptables-nft, iptables-legacy (None: none)
    tables: dict[str, tuple[str, ...]]  # table -> its lines (":CHAIN POLICY [p:b]", "[p:b] -A ...")
    ip6_tables: dict[str, tuple[str, ...]]
    backend: str = ""  # `docker info`'s FirewallBackend (API 1.49 on), e.g. "iptables", "nftables"
    unread: str = ""  # why something was not read
    nft_tables: tuple[str, ...] = ()  # the nftables tables there, "FAMILY NAME": "ip filter", "inet netavark"

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
