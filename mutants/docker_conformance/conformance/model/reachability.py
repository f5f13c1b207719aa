"""Another host's view of this one (D-REACH-*, D-FW-*): what an outside of the suite's own
reached through this host, and the engine's packet filter that decided it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from docker_conformance.conformance.model.packet_filter import PacketFilter


@dataclass(frozen=True)
class Attempt:
    """One TCP connection an outside tried, and what came of it."""

    target: str  # address:port, as the outside dialled it
    outcome: Literal["answered", "refused", "unreachable", "no answer", "not sent"]  # see `observe.reach`
    read: str = ""  # what the far end sent back
    error: str = ""  # the socket's own words, where it failed

    @property
    def reached(self) -> bool:
        return self.outcome == "answered" and bool(self.read)

    @property
    def sent(self) -> bool:
        return self.outcome != "not sent"

    @property
    def word(self) -> str:
        """`reached` or `blocked`, as the claims say it; `accepted` when something took the
        connection but sent nothing back (neither the container's answer nor a block)."""
        if self.outcome == "answered" and not self.read:
            return "accepted"
        return "reached" if self.reached else "blocked"

    def line(self) -> str:
        said = f" {self.read!r}" if self.read else ""
        return f"{self.target}: {self.outcome}{said}{f' ({self.error})' if self.error else ''}"


@dataclass(frozen=True)
class Reachability:
    """Another host's view (D-REACH-*, D-FW-*): an outside the suite made, routed through this
    host's address on its own link, tries containers on the default bridge: `published`
    (`-p PORT:8080`), `loopback` (`-p 127.0.0.1:LPORT:8080`) and `unpublished`, each listening
    on 8080; then once more behind the suite's own DOCKER-USER rule."""

    bridge: str  # the default bridge's device
    subnet: str
    bridge_options: dict[str, str]
    addresses: dict[str, str]  # role -> its address on the bridge
    port: int  # published on every address
    loopback_port: int  # published on 127.0.0.1
    container_port: int
    host_address: str  # this host's address on the outside's link
    outside: str  # the outside's own address
    listening: dict[str, Attempt]  # role -> the host's own try at <address>:8080 (the listener is up)
    published: Attempt  # outside -> host_address:PORT
    unpublished: Attempt  # outside -> <unpublished's address>:8080, routed through the host
    direct: Attempt  # outside -> <published's address>:8080, routed through the host
    loopback: Attempt  # outside -> 127.0.0.1:LPORT, through the host
    loopback_route: str  # "" or why the outside could not route 127.0.0.1 through the host
    user_rule: str  # the suite's DOCKER-USER rule as inserted ("" : it could not be inserted)
    user_rule_refused: str  # why not
    behind_rule: Attempt | None  # outside -> host_address:PORT while the rule is in place
    rule_packets: int  # the rule's packet counter after that attempt
    after_rule: Attempt | None  # the same once the rule is removed
    before: PacketFilter  # before the attempts
    after: PacketFilter  # after them (the suite's rule removed)
    facts: dict[str, str] = field(default_factory=dict)  # br_netfilter, bridge-nf-call-iptables
    # docker info's warnings about the packet filter (DOCKER_INSECURE_NO_IPTABLES_RAW, br_netfilter...)
    warnings: tuple[str, ...] = ()

    def placeholders(self) -> dict[str, str]:
        """The profile's firewall placeholders and this run's values for them."""
        return {
            "bridge": self.bridge,
            "subnet": self.subnet,
            **{role: address for role, address in self.addresses.items() if address},
            "port": str(self.port),
            "lport": str(self.loopback_port),
            "cport": str(self.container_port),
        }

    def template(self, rule: str) -> str:
        """A rule with this run's values put back as placeholders: comparable across runs."""
        for name, value in sorted(self.placeholders().items(), key=lambda item: -len(item[1])):
            rule = re.sub(rf"(?<![\w.-]){re.escape(value)}(?![\w-]|\.\d)", f"{{{name}}}", rule)
        return rule

    def ours(self, packet_filter: PacketFilter, table: str) -> tuple[str, ...]:
        """The rules of `table` that Docker wrote for the default bridge and the suite's own
        containers and ports, as templates. Others' rules are left out: those naming another
        interface, another container's address or port, and DOCKER-USER, which is the user's."""
        picked = []
        for rule in packet_filter.rules(table):
            templated = self.template(rule)
            interfaces = re.findall(r"-[io] (\S+)", templated)
            if rule.startswith("-A DOCKER-USER ") or any(i not in ("{bridge}", "lo") for i in interfaces):
                continue
            if re.search(
                r"\d+\.\d+\.\d+\.\d+/32|--dport \d|--to-destination \d", templated.replace("127.0.0.1/32", "")
            ):
                continue  # another container's address or port
            chain, target = templated.split()[1], templated.rsplit("-j ", 1)[-1].split()[0]
            if "{" in templated or chain.startswith("DOCKER") or target.startswith("DOCKER"):
                picked.append(templated)
        return tuple(sorted(picked))

    def nft_ours(self, packet_filter: PacketFilter, table: str) -> tuple[str, ...]:
        """The lines of Docker's nftables `table` (`nft_lines`) for the default bridge and the suite's
        own containers and ports, as templates; the base chains' rules are Docker's own too. Left
        out: chains, map elements and rules of another bridge, another container's address or port."""
        picked = []
        for line in packet_filter.nft_rules.get(table, ()):
            templated = self.template(line.replace(f"__{self.bridge}", "__{bridge}"))
            named = re.findall(r'"([^"]+)" :|(?:iifname|oifname)(?: !=)? "([^"]+)"', templated)
            if any((a or b) not in ("{bridge}", "lo") for a, b in named):
                continue
            if re.search(r"__(?!\{bridge\})", templated):
                continue  # another bridge's chain
            rest = re.sub(r"127\.0\.0\.(0/8|1)\b", "", templated)
            if re.search(r"\d+\.\d+\.\d+\.\d+|dport \d|to \[?[\d:a-f]+\]?:\d", rest):
                continue  # another container's address or port
            picked.append(templated)
        return tuple(sorted(picked))


def firewall_facts(r: Reachability) -> dict[str, str]:
    """The engine's packet filter, as engine facts: the iptables variant holding Docker's chains,
    the backend `docker info` reports (API 1.49 on; firewalld shows there too), br_netfilter and
    bridge-nf-call-iptables in the engine's namespace."""
    return {
        "firewall.driver": r.after.driver(),
        "firewall.nftables": ", ".join(r.after.nft_tables) or "none",
        "firewall.iptables": r.after.variant or "none",
        "firewall.backend": r.after.backend or "not reported (API before 1.49)",
        "firewall.br_netfilter": r.facts.get("br_netfilter", "?"),
        "firewall.bridge-nf-call-iptables": r.facts.get("bridge-nf-call-iptables", "absent"),
    }
