"""Helpers that more than one judge module uses: one place, so that judges never import each other."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from typing import Any, TypeVar

from docker_conformance.conformance.core.verdict import Judgement, Unobservable
from docker_conformance.conformance.model.execs import Ping
from docker_conformance.conformance.model.ipv6 import Ipv6Observation
from docker_conformance.conformance.model.netns import Link
from docker_conformance.conformance.model.reachability import Reachability
from docker_conformance.conformance.model.scenarios import BridgeFiles, UserBridges
from docker_conformance.conformance.model.upgrade import Upgrade

T = TypeVar("T")


def seen(what: str, value: T | None) -> T:
    """`value` as recorded; missing or empty ("", [], {}, None), the claim is not judged, naming
    `what` was not recorded: a judge never passes, nor raises, on nothing."""
    if value is None or (isinstance(value, str | list | tuple | dict) and not value):
        raise Unobservable("not_recorded", what=what)
    return value


def seen_keys(what: str, mapping: dict[str, Any] | None, *keys: str) -> dict[str, Any]:
    """`mapping` with every one of `keys` recorded (`seen`), as `what.key` when one is not."""
    found = seen(what, mapping)
    for key in keys:
        seen(f"{what}.{key}", found.get(key))
    return found


def acted(*pings: Ping) -> None:
    """Each ping sent; otherwise the probe could not act (a refused raw socket, a missing tool),
    which says nothing of the network: the claim is not judged, quoting the tool's own words."""
    for ping in pings:
        if not ping.acted:
            said = ping.exec.output.strip().splitlines()[-1:] or [f"exit {ping.exec.exit_code}"]
            raise Unobservable("probe_could_not_act_sent_nothing", command=ping.exec.command, said=said[0])


def direct_reach(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, ping.loss_percent)
    judgement.expect(
        "reply_ttls",
        "container.ttl",
        ping.ttls,
        holds=bool(ping.ttls) and set(ping.ttls) == {judgement.profile.container.ttl},
    )
    judgement.attach(ping.exec.command, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def note_others(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", others=", ".join(others))
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides=", ".join(outsides))


def locally_administered_unicast(mac: str) -> bool:
    first = int(mac.split(":")[0], 16)
    return bool(first & 0x02) and not first & 0x01


def cidr_in(ip: str | None) -> Callable[[str], str]:
    """`ip` written with the prefix length of a subnet: for `expect(..., via=cidr_in(ip))`."""
    return lambda subnet: f"{ip}/{ipaddress.IPv4Network(subnet).prefixlen}"


def bridge_files(ubr: UserBridges) -> BridgeFiles:
    if ubr.files is None:
        raise Unobservable("this_observation_has_no_containers_on")
    return ubr.files


def evidence(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("engine_warns_docker_info", warning=warning)
    for when, packet_filter in (("before", r.before), ("after", r.after)):
        if packet_filter.backend == "nftables":
            for table in packet_filter.nft_rules:
                j.attach(f"nft list table {table} ({when} the tries), counters left out",
                         "\n".join(packet_filter.nft_rules[table]))  # fmt: skip
            continue
        for table in tables:
            ours = set(r.ours(packet_filter, table))
            lines = [
                line
                for line in packet_filter.tables.get(table, ())
                if line.startswith(":")
                or " -A DOCKER-USER " in line  # the user's rules, which come first
                or r.template(line.split("] ", 1)[-1]) in ours
            ]
            j.attach(
                f"{packet_filter.variant or 'iptables'}-save -c -t {table} ({when} the tries)",
                "\n".join(lines),
            )
    j.attach(
        "the outside",
        f"{r.outside} (a namespace the suite made), routed through this host's {r.host_address}; "
        f"containers on {r.bridge}: {r.addresses}",
    )


def ipv6_observed(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=v6.unavailable)
    seen("the IPv6 network's subnet", v6.subnet)
    seen("the IPv6 network's bridge", v6.bridge)
    for part in (
        "network",
        "host",
        "first",
        "second",
        "to_peer",
        "to_gateway",
        "lookup",
        "egress",
        "published",
    ):
        seen(f"the IPv6 observation's {part}", getattr(v6, part))  # where IPv6 was available, all are
    return v6


def refused_for(meaning: str, refusal: str) -> bool:
    """The engine refused ("" : it accepted), for the reason `meaning` (a regular expression of what
    the reason says, not its wording) names."""
    return bool(refusal) and re.search(meaning, refusal, re.IGNORECASE) is not None


def tried_again(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("upgrade_not_tried", what=what)
    after = {t.target: t for t in u.after.tried(what)}
    for tried in before:
        now = after.get(tried.target)
        if not tried.ok:
            j.cannot_judge("upgrade_did_not_answer_before", target=tried.target, said=tried.said)
        elif now is None or not now.sent:
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)
