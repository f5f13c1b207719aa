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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_seen__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_seen__mutmut)
def seen(what: str, value: T | None) -> T:
    """`value` as recorded; missing or empty ("", [], {}, None), the claim is not judged, naming
    `what` was not recorded: a judge never passes, nor raises, on nothing."""
    if value is None or (isinstance(value, str | list | tuple | dict) and not value):
        raise Unobservable("not_recorded", what=what)
    return value


def x_seen__mutmut_orig(what: str, value: T | None) -> T:
    """`value` as recorded; missing or empty ("", [], {}, None), the claim is not judged, naming
    `what` was not recorded: a judge never passes, nor raises, on nothing."""
    if value is None or (isinstance(value, str | list | tuple | dict) and not value):
        raise Unobservable("not_recorded", what=what)
    return value


def x_seen__mutmut_1(what: str, value: T | None) -> T:
    """`value` as recorded; missing or empty ("", [], {}, None), the claim is not judged, naming
    `what` was not recorded: a judge never passes, nor raises, on nothing."""
    if value is None and (isinstance(value, str | list | tuple | dict) and not value):
        raise Unobservable("not_recorded", what=what)
    return value


def x_seen__mutmut_2(what: str, value: T | None) -> T:
    """`value` as recorded; missing or empty ("", [], {}, None), the claim is not judged, naming
    `what` was not recorded: a judge never passes, nor raises, on nothing."""
    if value is not None or (isinstance(value, str | list | tuple | dict) and not value):
        raise Unobservable("not_recorded", what=what)
    return value


def x_seen__mutmut_3(what: str, value: T | None) -> T:
    """`value` as recorded; missing or empty ("", [], {}, None), the claim is not judged, naming
    `what` was not recorded: a judge never passes, nor raises, on nothing."""
    if value is None or (isinstance(value, str | list | tuple | dict) or not value):
        raise Unobservable("not_recorded", what=what)
    return value


def x_seen__mutmut_4(what: str, value: T | None) -> T:
    """`value` as recorded; missing or empty ("", [], {}, None), the claim is not judged, naming
    `what` was not recorded: a judge never passes, nor raises, on nothing."""
    if value is None or (isinstance(value, str | list | tuple | dict) and value):
        raise Unobservable("not_recorded", what=what)
    return value


def x_seen__mutmut_5(what: str, value: T | None) -> T:
    """`value` as recorded; missing or empty ("", [], {}, None), the claim is not judged, naming
    `what` was not recorded: a judge never passes, nor raises, on nothing."""
    if value is None or (isinstance(value, str | list | tuple | dict) and not value):
        raise Unobservable(None, what=what)
    return value


def x_seen__mutmut_6(what: str, value: T | None) -> T:
    """`value` as recorded; missing or empty ("", [], {}, None), the claim is not judged, naming
    `what` was not recorded: a judge never passes, nor raises, on nothing."""
    if value is None or (isinstance(value, str | list | tuple | dict) and not value):
        raise Unobservable("not_recorded", what=None)
    return value


def x_seen__mutmut_7(what: str, value: T | None) -> T:
    """`value` as recorded; missing or empty ("", [], {}, None), the claim is not judged, naming
    `what` was not recorded: a judge never passes, nor raises, on nothing."""
    if value is None or (isinstance(value, str | list | tuple | dict) and not value):
        raise Unobservable(what=what)
    return value


def x_seen__mutmut_8(what: str, value: T | None) -> T:
    """`value` as recorded; missing or empty ("", [], {}, None), the claim is not judged, naming
    `what` was not recorded: a judge never passes, nor raises, on nothing."""
    if value is None or (isinstance(value, str | list | tuple | dict) and not value):
        raise Unobservable("not_recorded", )
    return value


def x_seen__mutmut_9(what: str, value: T | None) -> T:
    """`value` as recorded; missing or empty ("", [], {}, None), the claim is not judged, naming
    `what` was not recorded: a judge never passes, nor raises, on nothing."""
    if value is None or (isinstance(value, str | list | tuple | dict) and not value):
        raise Unobservable("XXnot_recordedXX", what=what)
    return value


def x_seen__mutmut_10(what: str, value: T | None) -> T:
    """`value` as recorded; missing or empty ("", [], {}, None), the claim is not judged, naming
    `what` was not recorded: a judge never passes, nor raises, on nothing."""
    if value is None or (isinstance(value, str | list | tuple | dict) and not value):
        raise Unobservable("NOT_RECORDED", what=what)
    return value

mutants_x_seen__mutmut['_mutmut_orig'] = x_seen__mutmut_orig # type: ignore # mutmut generated
mutants_x_seen__mutmut['x_seen__mutmut_1'] = x_seen__mutmut_1 # type: ignore # mutmut generated
mutants_x_seen__mutmut['x_seen__mutmut_2'] = x_seen__mutmut_2 # type: ignore # mutmut generated
mutants_x_seen__mutmut['x_seen__mutmut_3'] = x_seen__mutmut_3 # type: ignore # mutmut generated
mutants_x_seen__mutmut['x_seen__mutmut_4'] = x_seen__mutmut_4 # type: ignore # mutmut generated
mutants_x_seen__mutmut['x_seen__mutmut_5'] = x_seen__mutmut_5 # type: ignore # mutmut generated
mutants_x_seen__mutmut['x_seen__mutmut_6'] = x_seen__mutmut_6 # type: ignore # mutmut generated
mutants_x_seen__mutmut['x_seen__mutmut_7'] = x_seen__mutmut_7 # type: ignore # mutmut generated
mutants_x_seen__mutmut['x_seen__mutmut_8'] = x_seen__mutmut_8 # type: ignore # mutmut generated
mutants_x_seen__mutmut['x_seen__mutmut_9'] = x_seen__mutmut_9 # type: ignore # mutmut generated
mutants_x_seen__mutmut['x_seen__mutmut_10'] = x_seen__mutmut_10 # type: ignore # mutmut generated
mutants_x_seen_keys__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_seen_keys__mutmut)
def seen_keys(what: str, mapping: dict[str, Any] | None, *keys: str) -> dict[str, Any]:
    """`mapping` with every one of `keys` recorded (`seen`), as `what.key` when one is not."""
    found = seen(what, mapping)
    for key in keys:
        seen(f"{what}.{key}", found.get(key))
    return found


def x_seen_keys__mutmut_orig(what: str, mapping: dict[str, Any] | None, *keys: str) -> dict[str, Any]:
    """`mapping` with every one of `keys` recorded (`seen`), as `what.key` when one is not."""
    found = seen(what, mapping)
    for key in keys:
        seen(f"{what}.{key}", found.get(key))
    return found


def x_seen_keys__mutmut_1(what: str, mapping: dict[str, Any] | None, *keys: str) -> dict[str, Any]:
    """`mapping` with every one of `keys` recorded (`seen`), as `what.key` when one is not."""
    found = None
    for key in keys:
        seen(f"{what}.{key}", found.get(key))
    return found


def x_seen_keys__mutmut_2(what: str, mapping: dict[str, Any] | None, *keys: str) -> dict[str, Any]:
    """`mapping` with every one of `keys` recorded (`seen`), as `what.key` when one is not."""
    found = seen(None, mapping)
    for key in keys:
        seen(f"{what}.{key}", found.get(key))
    return found


def x_seen_keys__mutmut_3(what: str, mapping: dict[str, Any] | None, *keys: str) -> dict[str, Any]:
    """`mapping` with every one of `keys` recorded (`seen`), as `what.key` when one is not."""
    found = seen(what, None)
    for key in keys:
        seen(f"{what}.{key}", found.get(key))
    return found


def x_seen_keys__mutmut_4(what: str, mapping: dict[str, Any] | None, *keys: str) -> dict[str, Any]:
    """`mapping` with every one of `keys` recorded (`seen`), as `what.key` when one is not."""
    found = seen(mapping)
    for key in keys:
        seen(f"{what}.{key}", found.get(key))
    return found


def x_seen_keys__mutmut_5(what: str, mapping: dict[str, Any] | None, *keys: str) -> dict[str, Any]:
    """`mapping` with every one of `keys` recorded (`seen`), as `what.key` when one is not."""
    found = seen(what, )
    for key in keys:
        seen(f"{what}.{key}", found.get(key))
    return found


def x_seen_keys__mutmut_6(what: str, mapping: dict[str, Any] | None, *keys: str) -> dict[str, Any]:
    """`mapping` with every one of `keys` recorded (`seen`), as `what.key` when one is not."""
    found = seen(what, mapping)
    for key in keys:
        seen(None, found.get(key))
    return found


def x_seen_keys__mutmut_7(what: str, mapping: dict[str, Any] | None, *keys: str) -> dict[str, Any]:
    """`mapping` with every one of `keys` recorded (`seen`), as `what.key` when one is not."""
    found = seen(what, mapping)
    for key in keys:
        seen(f"{what}.{key}", None)
    return found


def x_seen_keys__mutmut_8(what: str, mapping: dict[str, Any] | None, *keys: str) -> dict[str, Any]:
    """`mapping` with every one of `keys` recorded (`seen`), as `what.key` when one is not."""
    found = seen(what, mapping)
    for key in keys:
        seen(found.get(key))
    return found


def x_seen_keys__mutmut_9(what: str, mapping: dict[str, Any] | None, *keys: str) -> dict[str, Any]:
    """`mapping` with every one of `keys` recorded (`seen`), as `what.key` when one is not."""
    found = seen(what, mapping)
    for key in keys:
        seen(f"{what}.{key}", )
    return found


def x_seen_keys__mutmut_10(what: str, mapping: dict[str, Any] | None, *keys: str) -> dict[str, Any]:
    """`mapping` with every one of `keys` recorded (`seen`), as `what.key` when one is not."""
    found = seen(what, mapping)
    for key in keys:
        seen(f"{what}.{key}", found.get(None))
    return found

mutants_x_seen_keys__mutmut['_mutmut_orig'] = x_seen_keys__mutmut_orig # type: ignore # mutmut generated
mutants_x_seen_keys__mutmut['x_seen_keys__mutmut_1'] = x_seen_keys__mutmut_1 # type: ignore # mutmut generated
mutants_x_seen_keys__mutmut['x_seen_keys__mutmut_2'] = x_seen_keys__mutmut_2 # type: ignore # mutmut generated
mutants_x_seen_keys__mutmut['x_seen_keys__mutmut_3'] = x_seen_keys__mutmut_3 # type: ignore # mutmut generated
mutants_x_seen_keys__mutmut['x_seen_keys__mutmut_4'] = x_seen_keys__mutmut_4 # type: ignore # mutmut generated
mutants_x_seen_keys__mutmut['x_seen_keys__mutmut_5'] = x_seen_keys__mutmut_5 # type: ignore # mutmut generated
mutants_x_seen_keys__mutmut['x_seen_keys__mutmut_6'] = x_seen_keys__mutmut_6 # type: ignore # mutmut generated
mutants_x_seen_keys__mutmut['x_seen_keys__mutmut_7'] = x_seen_keys__mutmut_7 # type: ignore # mutmut generated
mutants_x_seen_keys__mutmut['x_seen_keys__mutmut_8'] = x_seen_keys__mutmut_8 # type: ignore # mutmut generated
mutants_x_seen_keys__mutmut['x_seen_keys__mutmut_9'] = x_seen_keys__mutmut_9 # type: ignore # mutmut generated
mutants_x_seen_keys__mutmut['x_seen_keys__mutmut_10'] = x_seen_keys__mutmut_10 # type: ignore # mutmut generated
mutants_x_acted__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_acted__mutmut)
def acted(*pings: Ping) -> None:
    """Each ping sent; otherwise the probe could not act (a refused raw socket, a missing tool),
    which says nothing of the network: the claim is not judged, quoting the tool's own words."""
    for ping in pings:
        if not ping.acted:
            said = ping.exec.output.strip().splitlines()[-1:] or [f"exit {ping.exec.exit_code}"]
            raise Unobservable("probe_could_not_act_sent_nothing", command=ping.exec.command, said=said[0])


def x_acted__mutmut_orig(*pings: Ping) -> None:
    """Each ping sent; otherwise the probe could not act (a refused raw socket, a missing tool),
    which says nothing of the network: the claim is not judged, quoting the tool's own words."""
    for ping in pings:
        if not ping.acted:
            said = ping.exec.output.strip().splitlines()[-1:] or [f"exit {ping.exec.exit_code}"]
            raise Unobservable("probe_could_not_act_sent_nothing", command=ping.exec.command, said=said[0])


def x_acted__mutmut_1(*pings: Ping) -> None:
    """Each ping sent; otherwise the probe could not act (a refused raw socket, a missing tool),
    which says nothing of the network: the claim is not judged, quoting the tool's own words."""
    for ping in pings:
        if ping.acted:
            said = ping.exec.output.strip().splitlines()[-1:] or [f"exit {ping.exec.exit_code}"]
            raise Unobservable("probe_could_not_act_sent_nothing", command=ping.exec.command, said=said[0])


def x_acted__mutmut_2(*pings: Ping) -> None:
    """Each ping sent; otherwise the probe could not act (a refused raw socket, a missing tool),
    which says nothing of the network: the claim is not judged, quoting the tool's own words."""
    for ping in pings:
        if not ping.acted:
            said = None
            raise Unobservable("probe_could_not_act_sent_nothing", command=ping.exec.command, said=said[0])


def x_acted__mutmut_3(*pings: Ping) -> None:
    """Each ping sent; otherwise the probe could not act (a refused raw socket, a missing tool),
    which says nothing of the network: the claim is not judged, quoting the tool's own words."""
    for ping in pings:
        if not ping.acted:
            said = ping.exec.output.strip().splitlines()[-1:] and [f"exit {ping.exec.exit_code}"]
            raise Unobservable("probe_could_not_act_sent_nothing", command=ping.exec.command, said=said[0])


def x_acted__mutmut_4(*pings: Ping) -> None:
    """Each ping sent; otherwise the probe could not act (a refused raw socket, a missing tool),
    which says nothing of the network: the claim is not judged, quoting the tool's own words."""
    for ping in pings:
        if not ping.acted:
            said = ping.exec.output.strip().splitlines()[+1:] or [f"exit {ping.exec.exit_code}"]
            raise Unobservable("probe_could_not_act_sent_nothing", command=ping.exec.command, said=said[0])


def x_acted__mutmut_5(*pings: Ping) -> None:
    """Each ping sent; otherwise the probe could not act (a refused raw socket, a missing tool),
    which says nothing of the network: the claim is not judged, quoting the tool's own words."""
    for ping in pings:
        if not ping.acted:
            said = ping.exec.output.strip().splitlines()[-2:] or [f"exit {ping.exec.exit_code}"]
            raise Unobservable("probe_could_not_act_sent_nothing", command=ping.exec.command, said=said[0])


def x_acted__mutmut_6(*pings: Ping) -> None:
    """Each ping sent; otherwise the probe could not act (a refused raw socket, a missing tool),
    which says nothing of the network: the claim is not judged, quoting the tool's own words."""
    for ping in pings:
        if not ping.acted:
            said = ping.exec.output.strip().splitlines()[-1:] or [f"exit {ping.exec.exit_code}"]
            raise Unobservable(None, command=ping.exec.command, said=said[0])


def x_acted__mutmut_7(*pings: Ping) -> None:
    """Each ping sent; otherwise the probe could not act (a refused raw socket, a missing tool),
    which says nothing of the network: the claim is not judged, quoting the tool's own words."""
    for ping in pings:
        if not ping.acted:
            said = ping.exec.output.strip().splitlines()[-1:] or [f"exit {ping.exec.exit_code}"]
            raise Unobservable("probe_could_not_act_sent_nothing", command=None, said=said[0])


def x_acted__mutmut_8(*pings: Ping) -> None:
    """Each ping sent; otherwise the probe could not act (a refused raw socket, a missing tool),
    which says nothing of the network: the claim is not judged, quoting the tool's own words."""
    for ping in pings:
        if not ping.acted:
            said = ping.exec.output.strip().splitlines()[-1:] or [f"exit {ping.exec.exit_code}"]
            raise Unobservable("probe_could_not_act_sent_nothing", command=ping.exec.command, said=None)


def x_acted__mutmut_9(*pings: Ping) -> None:
    """Each ping sent; otherwise the probe could not act (a refused raw socket, a missing tool),
    which says nothing of the network: the claim is not judged, quoting the tool's own words."""
    for ping in pings:
        if not ping.acted:
            said = ping.exec.output.strip().splitlines()[-1:] or [f"exit {ping.exec.exit_code}"]
            raise Unobservable(command=ping.exec.command, said=said[0])


def x_acted__mutmut_10(*pings: Ping) -> None:
    """Each ping sent; otherwise the probe could not act (a refused raw socket, a missing tool),
    which says nothing of the network: the claim is not judged, quoting the tool's own words."""
    for ping in pings:
        if not ping.acted:
            said = ping.exec.output.strip().splitlines()[-1:] or [f"exit {ping.exec.exit_code}"]
            raise Unobservable("probe_could_not_act_sent_nothing", said=said[0])


def x_acted__mutmut_11(*pings: Ping) -> None:
    """Each ping sent; otherwise the probe could not act (a refused raw socket, a missing tool),
    which says nothing of the network: the claim is not judged, quoting the tool's own words."""
    for ping in pings:
        if not ping.acted:
            said = ping.exec.output.strip().splitlines()[-1:] or [f"exit {ping.exec.exit_code}"]
            raise Unobservable("probe_could_not_act_sent_nothing", command=ping.exec.command, )


def x_acted__mutmut_12(*pings: Ping) -> None:
    """Each ping sent; otherwise the probe could not act (a refused raw socket, a missing tool),
    which says nothing of the network: the claim is not judged, quoting the tool's own words."""
    for ping in pings:
        if not ping.acted:
            said = ping.exec.output.strip().splitlines()[-1:] or [f"exit {ping.exec.exit_code}"]
            raise Unobservable("XXprobe_could_not_act_sent_nothingXX", command=ping.exec.command, said=said[0])


def x_acted__mutmut_13(*pings: Ping) -> None:
    """Each ping sent; otherwise the probe could not act (a refused raw socket, a missing tool),
    which says nothing of the network: the claim is not judged, quoting the tool's own words."""
    for ping in pings:
        if not ping.acted:
            said = ping.exec.output.strip().splitlines()[-1:] or [f"exit {ping.exec.exit_code}"]
            raise Unobservable("PROBE_COULD_NOT_ACT_SENT_NOTHING", command=ping.exec.command, said=said[0])


def x_acted__mutmut_14(*pings: Ping) -> None:
    """Each ping sent; otherwise the probe could not act (a refused raw socket, a missing tool),
    which says nothing of the network: the claim is not judged, quoting the tool's own words."""
    for ping in pings:
        if not ping.acted:
            said = ping.exec.output.strip().splitlines()[-1:] or [f"exit {ping.exec.exit_code}"]
            raise Unobservable("probe_could_not_act_sent_nothing", command=ping.exec.command, said=said[1])

mutants_x_acted__mutmut['_mutmut_orig'] = x_acted__mutmut_orig # type: ignore # mutmut generated
mutants_x_acted__mutmut['x_acted__mutmut_1'] = x_acted__mutmut_1 # type: ignore # mutmut generated
mutants_x_acted__mutmut['x_acted__mutmut_2'] = x_acted__mutmut_2 # type: ignore # mutmut generated
mutants_x_acted__mutmut['x_acted__mutmut_3'] = x_acted__mutmut_3 # type: ignore # mutmut generated
mutants_x_acted__mutmut['x_acted__mutmut_4'] = x_acted__mutmut_4 # type: ignore # mutmut generated
mutants_x_acted__mutmut['x_acted__mutmut_5'] = x_acted__mutmut_5 # type: ignore # mutmut generated
mutants_x_acted__mutmut['x_acted__mutmut_6'] = x_acted__mutmut_6 # type: ignore # mutmut generated
mutants_x_acted__mutmut['x_acted__mutmut_7'] = x_acted__mutmut_7 # type: ignore # mutmut generated
mutants_x_acted__mutmut['x_acted__mutmut_8'] = x_acted__mutmut_8 # type: ignore # mutmut generated
mutants_x_acted__mutmut['x_acted__mutmut_9'] = x_acted__mutmut_9 # type: ignore # mutmut generated
mutants_x_acted__mutmut['x_acted__mutmut_10'] = x_acted__mutmut_10 # type: ignore # mutmut generated
mutants_x_acted__mutmut['x_acted__mutmut_11'] = x_acted__mutmut_11 # type: ignore # mutmut generated
mutants_x_acted__mutmut['x_acted__mutmut_12'] = x_acted__mutmut_12 # type: ignore # mutmut generated
mutants_x_acted__mutmut['x_acted__mutmut_13'] = x_acted__mutmut_13 # type: ignore # mutmut generated
mutants_x_acted__mutmut['x_acted__mutmut_14'] = x_acted__mutmut_14 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_direct_reach__mutmut)
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


def x_direct_reach__mutmut_orig(judgement: Judgement, ping: Ping) -> None:
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


def x_direct_reach__mutmut_1(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(None)
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


def x_direct_reach__mutmut_2(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact(None, ping.transmitted, ping.received, holds=ping.complete)
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


def x_direct_reach__mutmut_3(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", None, ping.received, holds=ping.complete)
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


def x_direct_reach__mutmut_4(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, None, holds=ping.complete)
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


def x_direct_reach__mutmut_5(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=None)
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


def x_direct_reach__mutmut_6(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact(ping.transmitted, ping.received, holds=ping.complete)
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


def x_direct_reach__mutmut_7(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.received, holds=ping.complete)
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


def x_direct_reach__mutmut_8(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, holds=ping.complete)
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


def x_direct_reach__mutmut_9(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, )
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


def x_direct_reach__mutmut_10(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("XXreplies_receivedXX", ping.transmitted, ping.received, holds=ping.complete)
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


def x_direct_reach__mutmut_11(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("REPLIES_RECEIVED", ping.transmitted, ping.received, holds=ping.complete)
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


def x_direct_reach__mutmut_12(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact(None, 0.0, ping.loss_percent)
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


def x_direct_reach__mutmut_13(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", None, ping.loss_percent)
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


def x_direct_reach__mutmut_14(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, None)
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


def x_direct_reach__mutmut_15(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact(0.0, ping.loss_percent)
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


def x_direct_reach__mutmut_16(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", ping.loss_percent)
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


def x_direct_reach__mutmut_17(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, )
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


def x_direct_reach__mutmut_18(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("XXpacket_lossXX", 0.0, ping.loss_percent)
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


def x_direct_reach__mutmut_19(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("PACKET_LOSS", 0.0, ping.loss_percent)
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


def x_direct_reach__mutmut_20(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 1.0, ping.loss_percent)
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


def x_direct_reach__mutmut_21(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, ping.loss_percent)
    judgement.expect(
        None,
        "container.ttl",
        ping.ttls,
        holds=bool(ping.ttls) and set(ping.ttls) == {judgement.profile.container.ttl},
    )
    judgement.attach(ping.exec.command, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_22(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, ping.loss_percent)
    judgement.expect(
        "reply_ttls",
        None,
        ping.ttls,
        holds=bool(ping.ttls) and set(ping.ttls) == {judgement.profile.container.ttl},
    )
    judgement.attach(ping.exec.command, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_23(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, ping.loss_percent)
    judgement.expect(
        "reply_ttls",
        "container.ttl",
        None,
        holds=bool(ping.ttls) and set(ping.ttls) == {judgement.profile.container.ttl},
    )
    judgement.attach(ping.exec.command, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_24(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, ping.loss_percent)
    judgement.expect(
        "reply_ttls",
        "container.ttl",
        ping.ttls,
        holds=None,
    )
    judgement.attach(ping.exec.command, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_25(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, ping.loss_percent)
    judgement.expect(
        "container.ttl",
        ping.ttls,
        holds=bool(ping.ttls) and set(ping.ttls) == {judgement.profile.container.ttl},
    )
    judgement.attach(ping.exec.command, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_26(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, ping.loss_percent)
    judgement.expect(
        "reply_ttls",
        ping.ttls,
        holds=bool(ping.ttls) and set(ping.ttls) == {judgement.profile.container.ttl},
    )
    judgement.attach(ping.exec.command, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_27(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, ping.loss_percent)
    judgement.expect(
        "reply_ttls",
        "container.ttl",
        holds=bool(ping.ttls) and set(ping.ttls) == {judgement.profile.container.ttl},
    )
    judgement.attach(ping.exec.command, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_28(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, ping.loss_percent)
    judgement.expect(
        "reply_ttls",
        "container.ttl",
        ping.ttls,
        )
    judgement.attach(ping.exec.command, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_29(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, ping.loss_percent)
    judgement.expect(
        "XXreply_ttlsXX",
        "container.ttl",
        ping.ttls,
        holds=bool(ping.ttls) and set(ping.ttls) == {judgement.profile.container.ttl},
    )
    judgement.attach(ping.exec.command, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_30(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, ping.loss_percent)
    judgement.expect(
        "REPLY_TTLS",
        "container.ttl",
        ping.ttls,
        holds=bool(ping.ttls) and set(ping.ttls) == {judgement.profile.container.ttl},
    )
    judgement.attach(ping.exec.command, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_31(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, ping.loss_percent)
    judgement.expect(
        "reply_ttls",
        "XXcontainer.ttlXX",
        ping.ttls,
        holds=bool(ping.ttls) and set(ping.ttls) == {judgement.profile.container.ttl},
    )
    judgement.attach(ping.exec.command, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_32(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, ping.loss_percent)
    judgement.expect(
        "reply_ttls",
        "CONTAINER.TTL",
        ping.ttls,
        holds=bool(ping.ttls) and set(ping.ttls) == {judgement.profile.container.ttl},
    )
    judgement.attach(ping.exec.command, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_33(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, ping.loss_percent)
    judgement.expect(
        "reply_ttls",
        "container.ttl",
        ping.ttls,
        holds=bool(ping.ttls) or set(ping.ttls) == {judgement.profile.container.ttl},
    )
    judgement.attach(ping.exec.command, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_34(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, ping.loss_percent)
    judgement.expect(
        "reply_ttls",
        "container.ttl",
        ping.ttls,
        holds=bool(None) and set(ping.ttls) == {judgement.profile.container.ttl},
    )
    judgement.attach(ping.exec.command, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_35(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, ping.loss_percent)
    judgement.expect(
        "reply_ttls",
        "container.ttl",
        ping.ttls,
        holds=bool(ping.ttls) and set(None) == {judgement.profile.container.ttl},
    )
    judgement.attach(ping.exec.command, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_36(judgement: Judgement, ping: Ping) -> None:
    """Every echo answered, each with the TTL of a direct (unrouted) neighbour."""
    acted(ping)
    judgement.fact("replies_received", ping.transmitted, ping.received, holds=ping.complete)
    judgement.fact("packet_loss", 0.0, ping.loss_percent)
    judgement.expect(
        "reply_ttls",
        "container.ttl",
        ping.ttls,
        holds=bool(ping.ttls) and set(ping.ttls) != {judgement.profile.container.ttl},
    )
    judgement.attach(ping.exec.command, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_37(judgement: Judgement, ping: Ping) -> None:
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
    judgement.attach(None, ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_38(judgement: Judgement, ping: Ping) -> None:
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
    judgement.attach(ping.exec.command, None)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_39(judgement: Judgement, ping: Ping) -> None:
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
    judgement.attach(ping.exec.output)
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_40(judgement: Judgement, ping: Ping) -> None:
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
    judgement.attach(ping.exec.command, )
    if ping.lost_while_busy:
        judgement.note("earlier_ping_lost_while_other_containers", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_41(judgement: Judgement, ping: Ping) -> None:
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
        judgement.note(None, count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_42(judgement: Judgement, ping: Ping) -> None:
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
        judgement.note("earlier_ping_lost_while_other_containers", count=None)
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_43(judgement: Judgement, ping: Ping) -> None:
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
        judgement.note(count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_44(judgement: Judgement, ping: Ping) -> None:
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
        judgement.note("earlier_ping_lost_while_other_containers", )
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_45(judgement: Judgement, ping: Ping) -> None:
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
        judgement.note("XXearlier_ping_lost_while_other_containersXX", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_46(judgement: Judgement, ping: Ping) -> None:
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
        judgement.note("EARLIER_PING_LOST_WHILE_OTHER_CONTAINERS", count=len(ping.lost_while_busy))
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_47(judgement: Judgement, ping: Ping) -> None:
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
        judgement.attach(None, "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_48(judgement: Judgement, ping: Ping) -> None:
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
        judgement.attach("earlier pings, lost while the bridge was busy", None)


def x_direct_reach__mutmut_49(judgement: Judgement, ping: Ping) -> None:
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
        judgement.attach("\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_50(judgement: Judgement, ping: Ping) -> None:
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
        judgement.attach("earlier pings, lost while the bridge was busy", )


def x_direct_reach__mutmut_51(judgement: Judgement, ping: Ping) -> None:
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
        judgement.attach("XXearlier pings, lost while the bridge was busyXX", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_52(judgement: Judgement, ping: Ping) -> None:
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
        judgement.attach("EARLIER PINGS, LOST WHILE THE BRIDGE WAS BUSY", "\n".join(ping.lost_while_busy))


def x_direct_reach__mutmut_53(judgement: Judgement, ping: Ping) -> None:
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
        judgement.attach("earlier pings, lost while the bridge was busy", "\n".join(None))


def x_direct_reach__mutmut_54(judgement: Judgement, ping: Ping) -> None:
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
        judgement.attach("earlier pings, lost while the bridge was busy", "XX\nXX".join(ping.lost_while_busy))

mutants_x_direct_reach__mutmut['_mutmut_orig'] = x_direct_reach__mutmut_orig # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_1'] = x_direct_reach__mutmut_1 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_2'] = x_direct_reach__mutmut_2 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_3'] = x_direct_reach__mutmut_3 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_4'] = x_direct_reach__mutmut_4 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_5'] = x_direct_reach__mutmut_5 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_6'] = x_direct_reach__mutmut_6 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_7'] = x_direct_reach__mutmut_7 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_8'] = x_direct_reach__mutmut_8 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_9'] = x_direct_reach__mutmut_9 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_10'] = x_direct_reach__mutmut_10 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_11'] = x_direct_reach__mutmut_11 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_12'] = x_direct_reach__mutmut_12 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_13'] = x_direct_reach__mutmut_13 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_14'] = x_direct_reach__mutmut_14 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_15'] = x_direct_reach__mutmut_15 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_16'] = x_direct_reach__mutmut_16 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_17'] = x_direct_reach__mutmut_17 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_18'] = x_direct_reach__mutmut_18 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_19'] = x_direct_reach__mutmut_19 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_20'] = x_direct_reach__mutmut_20 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_21'] = x_direct_reach__mutmut_21 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_22'] = x_direct_reach__mutmut_22 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_23'] = x_direct_reach__mutmut_23 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_24'] = x_direct_reach__mutmut_24 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_25'] = x_direct_reach__mutmut_25 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_26'] = x_direct_reach__mutmut_26 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_27'] = x_direct_reach__mutmut_27 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_28'] = x_direct_reach__mutmut_28 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_29'] = x_direct_reach__mutmut_29 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_30'] = x_direct_reach__mutmut_30 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_31'] = x_direct_reach__mutmut_31 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_32'] = x_direct_reach__mutmut_32 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_33'] = x_direct_reach__mutmut_33 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_34'] = x_direct_reach__mutmut_34 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_35'] = x_direct_reach__mutmut_35 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_36'] = x_direct_reach__mutmut_36 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_37'] = x_direct_reach__mutmut_37 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_38'] = x_direct_reach__mutmut_38 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_39'] = x_direct_reach__mutmut_39 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_40'] = x_direct_reach__mutmut_40 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_41'] = x_direct_reach__mutmut_41 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_42'] = x_direct_reach__mutmut_42 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_43'] = x_direct_reach__mutmut_43 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_44'] = x_direct_reach__mutmut_44 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_45'] = x_direct_reach__mutmut_45 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_46'] = x_direct_reach__mutmut_46 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_47'] = x_direct_reach__mutmut_47 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_48'] = x_direct_reach__mutmut_48 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_49'] = x_direct_reach__mutmut_49 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_50'] = x_direct_reach__mutmut_50 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_51'] = x_direct_reach__mutmut_51 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_52'] = x_direct_reach__mutmut_52 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_53'] = x_direct_reach__mutmut_53 # type: ignore # mutmut generated
mutants_x_direct_reach__mutmut['x_direct_reach__mutmut_54'] = x_direct_reach__mutmut_54 # type: ignore # mutmut generated
mutants_x_note_others__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_note_others__mutmut)
def note_others(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", others=", ".join(others))
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides=", ".join(outsides))


def x_note_others__mutmut_orig(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", others=", ".join(others))
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides=", ".join(outsides))


def x_note_others__mutmut_1(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = None
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", others=", ".join(others))
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides=", ".join(outsides))


def x_note_others__mutmut_2(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(None)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", others=", ".join(others))
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides=", ".join(outsides))


def x_note_others__mutmut_3(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(None):
        j.note("veths_that_others_added_meanwhile_not", others=", ".join(others))
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides=", ".join(outsides))


def x_note_others__mutmut_4(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", others=", ".join(others))
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides=", ".join(outsides))


def x_note_others__mutmut_5(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note(None, others=", ".join(others))
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides=", ".join(outsides))


def x_note_others__mutmut_6(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", others=None)
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides=", ".join(outsides))


def x_note_others__mutmut_7(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note(others=", ".join(others))
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides=", ".join(outsides))


def x_note_others__mutmut_8(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", )
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides=", ".join(outsides))


def x_note_others__mutmut_9(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("XXveths_that_others_added_meanwhile_notXX", others=", ".join(others))
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides=", ".join(outsides))


def x_note_others__mutmut_10(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("VETHS_THAT_OTHERS_ADDED_MEANWHILE_NOT", others=", ".join(others))
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides=", ".join(outsides))


def x_note_others__mutmut_11(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", others=", ".join(None))
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides=", ".join(outsides))


def x_note_others__mutmut_12(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", others="XX, XX".join(others))
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides=", ".join(outsides))


def x_note_others__mutmut_13(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", others=", ".join(others))
    if outsides:
        j.note(None, outsides=", ".join(outsides))


def x_note_others__mutmut_14(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", others=", ".join(others))
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides=None)


def x_note_others__mutmut_15(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", others=", ".join(others))
    if outsides:
        j.note(outsides=", ".join(outsides))


def x_note_others__mutmut_16(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", others=", ".join(others))
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", )


def x_note_others__mutmut_17(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", others=", ".join(others))
    if outsides:
        j.note("XXsuite_own_outsides_veths_not_judgedXX", outsides=", ".join(outsides))


def x_note_others__mutmut_18(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", others=", ".join(others))
    if outsides:
        j.note("SUITE_OWN_OUTSIDES_VETHS_NOT_JUDGED", outsides=", ".join(outsides))


def x_note_others__mutmut_19(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", others=", ".join(others))
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides=", ".join(None))


def x_note_others__mutmut_20(j: Judgement, veths: list[Link]) -> None:
    """Veths that are not the judged containers': the suite's outsides', and others' (not judged)."""
    outsides = sorted(v.name for v in veths if v.suite_made)
    if others := sorted(v.name for v in veths if not v.suite_made):
        j.note("veths_that_others_added_meanwhile_not", others=", ".join(others))
    if outsides:
        j.note("suite_own_outsides_veths_not_judged", outsides="XX, XX".join(outsides))

mutants_x_note_others__mutmut['_mutmut_orig'] = x_note_others__mutmut_orig # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_1'] = x_note_others__mutmut_1 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_2'] = x_note_others__mutmut_2 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_3'] = x_note_others__mutmut_3 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_4'] = x_note_others__mutmut_4 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_5'] = x_note_others__mutmut_5 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_6'] = x_note_others__mutmut_6 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_7'] = x_note_others__mutmut_7 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_8'] = x_note_others__mutmut_8 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_9'] = x_note_others__mutmut_9 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_10'] = x_note_others__mutmut_10 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_11'] = x_note_others__mutmut_11 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_12'] = x_note_others__mutmut_12 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_13'] = x_note_others__mutmut_13 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_14'] = x_note_others__mutmut_14 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_15'] = x_note_others__mutmut_15 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_16'] = x_note_others__mutmut_16 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_17'] = x_note_others__mutmut_17 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_18'] = x_note_others__mutmut_18 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_19'] = x_note_others__mutmut_19 # type: ignore # mutmut generated
mutants_x_note_others__mutmut['x_note_others__mutmut_20'] = x_note_others__mutmut_20 # type: ignore # mutmut generated
mutants_x_locally_administered_unicast__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_locally_administered_unicast__mutmut)
def locally_administered_unicast(mac: str) -> bool:
    first = int(mac.split(":")[0], 16)
    return bool(first & 0x02) and not first & 0x01


def x_locally_administered_unicast__mutmut_orig(mac: str) -> bool:
    first = int(mac.split(":")[0], 16)
    return bool(first & 0x02) and not first & 0x01


def x_locally_administered_unicast__mutmut_1(mac: str) -> bool:
    first = None
    return bool(first & 0x02) and not first & 0x01


def x_locally_administered_unicast__mutmut_2(mac: str) -> bool:
    first = int(None, 16)
    return bool(first & 0x02) and not first & 0x01


def x_locally_administered_unicast__mutmut_3(mac: str) -> bool:
    first = int(mac.split(":")[0], None)
    return bool(first & 0x02) and not first & 0x01


def x_locally_administered_unicast__mutmut_4(mac: str) -> bool:
    first = int(16)
    return bool(first & 0x02) and not first & 0x01


def x_locally_administered_unicast__mutmut_5(mac: str) -> bool:
    first = int(mac.split(":")[0], )
    return bool(first & 0x02) and not first & 0x01


def x_locally_administered_unicast__mutmut_6(mac: str) -> bool:
    first = int(mac.split(None)[0], 16)
    return bool(first & 0x02) and not first & 0x01


def x_locally_administered_unicast__mutmut_7(mac: str) -> bool:
    first = int(mac.split("XX:XX")[0], 16)
    return bool(first & 0x02) and not first & 0x01


def x_locally_administered_unicast__mutmut_8(mac: str) -> bool:
    first = int(mac.split(":")[1], 16)
    return bool(first & 0x02) and not first & 0x01


def x_locally_administered_unicast__mutmut_9(mac: str) -> bool:
    first = int(mac.split(":")[0], 17)
    return bool(first & 0x02) and not first & 0x01


def x_locally_administered_unicast__mutmut_10(mac: str) -> bool:
    first = int(mac.split(":")[0], 16)
    return bool(first & 0x02) or not first & 0x01


def x_locally_administered_unicast__mutmut_11(mac: str) -> bool:
    first = int(mac.split(":")[0], 16)
    return bool(None) and not first & 0x01


def x_locally_administered_unicast__mutmut_12(mac: str) -> bool:
    first = int(mac.split(":")[0], 16)
    return bool(first | 0x02) and not first & 0x01


def x_locally_administered_unicast__mutmut_13(mac: str) -> bool:
    first = int(mac.split(":")[0], 16)
    return bool(first & 3) and not first & 0x01


def x_locally_administered_unicast__mutmut_14(mac: str) -> bool:
    first = int(mac.split(":")[0], 16)
    return bool(first & 0x02) and first & 0x01


def x_locally_administered_unicast__mutmut_15(mac: str) -> bool:
    first = int(mac.split(":")[0], 16)
    return bool(first & 0x02) and not first | 0x01


def x_locally_administered_unicast__mutmut_16(mac: str) -> bool:
    first = int(mac.split(":")[0], 16)
    return bool(first & 0x02) and not first & 2

mutants_x_locally_administered_unicast__mutmut['_mutmut_orig'] = x_locally_administered_unicast__mutmut_orig # type: ignore # mutmut generated
mutants_x_locally_administered_unicast__mutmut['x_locally_administered_unicast__mutmut_1'] = x_locally_administered_unicast__mutmut_1 # type: ignore # mutmut generated
mutants_x_locally_administered_unicast__mutmut['x_locally_administered_unicast__mutmut_2'] = x_locally_administered_unicast__mutmut_2 # type: ignore # mutmut generated
mutants_x_locally_administered_unicast__mutmut['x_locally_administered_unicast__mutmut_3'] = x_locally_administered_unicast__mutmut_3 # type: ignore # mutmut generated
mutants_x_locally_administered_unicast__mutmut['x_locally_administered_unicast__mutmut_4'] = x_locally_administered_unicast__mutmut_4 # type: ignore # mutmut generated
mutants_x_locally_administered_unicast__mutmut['x_locally_administered_unicast__mutmut_5'] = x_locally_administered_unicast__mutmut_5 # type: ignore # mutmut generated
mutants_x_locally_administered_unicast__mutmut['x_locally_administered_unicast__mutmut_6'] = x_locally_administered_unicast__mutmut_6 # type: ignore # mutmut generated
mutants_x_locally_administered_unicast__mutmut['x_locally_administered_unicast__mutmut_7'] = x_locally_administered_unicast__mutmut_7 # type: ignore # mutmut generated
mutants_x_locally_administered_unicast__mutmut['x_locally_administered_unicast__mutmut_8'] = x_locally_administered_unicast__mutmut_8 # type: ignore # mutmut generated
mutants_x_locally_administered_unicast__mutmut['x_locally_administered_unicast__mutmut_9'] = x_locally_administered_unicast__mutmut_9 # type: ignore # mutmut generated
mutants_x_locally_administered_unicast__mutmut['x_locally_administered_unicast__mutmut_10'] = x_locally_administered_unicast__mutmut_10 # type: ignore # mutmut generated
mutants_x_locally_administered_unicast__mutmut['x_locally_administered_unicast__mutmut_11'] = x_locally_administered_unicast__mutmut_11 # type: ignore # mutmut generated
mutants_x_locally_administered_unicast__mutmut['x_locally_administered_unicast__mutmut_12'] = x_locally_administered_unicast__mutmut_12 # type: ignore # mutmut generated
mutants_x_locally_administered_unicast__mutmut['x_locally_administered_unicast__mutmut_13'] = x_locally_administered_unicast__mutmut_13 # type: ignore # mutmut generated
mutants_x_locally_administered_unicast__mutmut['x_locally_administered_unicast__mutmut_14'] = x_locally_administered_unicast__mutmut_14 # type: ignore # mutmut generated
mutants_x_locally_administered_unicast__mutmut['x_locally_administered_unicast__mutmut_15'] = x_locally_administered_unicast__mutmut_15 # type: ignore # mutmut generated
mutants_x_locally_administered_unicast__mutmut['x_locally_administered_unicast__mutmut_16'] = x_locally_administered_unicast__mutmut_16 # type: ignore # mutmut generated
mutants_x_cidr_in__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_cidr_in__mutmut)
def cidr_in(ip: str | None) -> Callable[[str], str]:
    """`ip` written with the prefix length of a subnet: for `expect(..., via=cidr_in(ip))`."""
    return lambda subnet: f"{ip}/{ipaddress.IPv4Network(subnet).prefixlen}"


def x_cidr_in__mutmut_orig(ip: str | None) -> Callable[[str], str]:
    """`ip` written with the prefix length of a subnet: for `expect(..., via=cidr_in(ip))`."""
    return lambda subnet: f"{ip}/{ipaddress.IPv4Network(subnet).prefixlen}"


def x_cidr_in__mutmut_1(ip: str | None) -> Callable[[str], str]:
    """`ip` written with the prefix length of a subnet: for `expect(..., via=cidr_in(ip))`."""
    return lambda subnet: None


def x_cidr_in__mutmut_2(ip: str | None) -> Callable[[str], str]:
    """`ip` written with the prefix length of a subnet: for `expect(..., via=cidr_in(ip))`."""
    return lambda subnet: f"{ip}/{ipaddress.IPv4Network(None).prefixlen}"

mutants_x_cidr_in__mutmut['_mutmut_orig'] = x_cidr_in__mutmut_orig # type: ignore # mutmut generated
mutants_x_cidr_in__mutmut['x_cidr_in__mutmut_1'] = x_cidr_in__mutmut_1 # type: ignore # mutmut generated
mutants_x_cidr_in__mutmut['x_cidr_in__mutmut_2'] = x_cidr_in__mutmut_2 # type: ignore # mutmut generated
mutants_x_bridge_files__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_bridge_files__mutmut)
def bridge_files(ubr: UserBridges) -> BridgeFiles:
    if ubr.files is None:
        raise Unobservable("this_observation_has_no_containers_on")
    return ubr.files


def x_bridge_files__mutmut_orig(ubr: UserBridges) -> BridgeFiles:
    if ubr.files is None:
        raise Unobservable("this_observation_has_no_containers_on")
    return ubr.files


def x_bridge_files__mutmut_1(ubr: UserBridges) -> BridgeFiles:
    if ubr.files is not None:
        raise Unobservable("this_observation_has_no_containers_on")
    return ubr.files


def x_bridge_files__mutmut_2(ubr: UserBridges) -> BridgeFiles:
    if ubr.files is None:
        raise Unobservable(None)
    return ubr.files


def x_bridge_files__mutmut_3(ubr: UserBridges) -> BridgeFiles:
    if ubr.files is None:
        raise Unobservable("XXthis_observation_has_no_containers_onXX")
    return ubr.files


def x_bridge_files__mutmut_4(ubr: UserBridges) -> BridgeFiles:
    if ubr.files is None:
        raise Unobservable("THIS_OBSERVATION_HAS_NO_CONTAINERS_ON")
    return ubr.files

mutants_x_bridge_files__mutmut['_mutmut_orig'] = x_bridge_files__mutmut_orig # type: ignore # mutmut generated
mutants_x_bridge_files__mutmut['x_bridge_files__mutmut_1'] = x_bridge_files__mutmut_1 # type: ignore # mutmut generated
mutants_x_bridge_files__mutmut['x_bridge_files__mutmut_2'] = x_bridge_files__mutmut_2 # type: ignore # mutmut generated
mutants_x_bridge_files__mutmut['x_bridge_files__mutmut_3'] = x_bridge_files__mutmut_3 # type: ignore # mutmut generated
mutants_x_bridge_files__mutmut['x_bridge_files__mutmut_4'] = x_bridge_files__mutmut_4 # type: ignore # mutmut generated
mutants_x_evidence__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_evidence__mutmut)
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


def x_evidence__mutmut_orig(j: Judgement, r: Reachability, *tables: str) -> None:
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


def x_evidence__mutmut_1(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note(None, warning=warning)
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


def x_evidence__mutmut_2(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("engine_warns_docker_info", warning=None)
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


def x_evidence__mutmut_3(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note(warning=warning)
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


def x_evidence__mutmut_4(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("engine_warns_docker_info", )
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


def x_evidence__mutmut_5(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("XXengine_warns_docker_infoXX", warning=warning)
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


def x_evidence__mutmut_6(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("ENGINE_WARNS_DOCKER_INFO", warning=warning)
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


def x_evidence__mutmut_7(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("engine_warns_docker_info", warning=warning)
    for when, packet_filter in (("XXbeforeXX", r.before), ("after", r.after)):
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


def x_evidence__mutmut_8(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("engine_warns_docker_info", warning=warning)
    for when, packet_filter in (("BEFORE", r.before), ("after", r.after)):
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


def x_evidence__mutmut_9(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("engine_warns_docker_info", warning=warning)
    for when, packet_filter in (("before", r.before), ("XXafterXX", r.after)):
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


def x_evidence__mutmut_10(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("engine_warns_docker_info", warning=warning)
    for when, packet_filter in (("before", r.before), ("AFTER", r.after)):
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


def x_evidence__mutmut_11(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("engine_warns_docker_info", warning=warning)
    for when, packet_filter in (("before", r.before), ("after", r.after)):
        if packet_filter.backend != "nftables":
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


def x_evidence__mutmut_12(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("engine_warns_docker_info", warning=warning)
    for when, packet_filter in (("before", r.before), ("after", r.after)):
        if packet_filter.backend == "XXnftablesXX":
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


def x_evidence__mutmut_13(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("engine_warns_docker_info", warning=warning)
    for when, packet_filter in (("before", r.before), ("after", r.after)):
        if packet_filter.backend == "NFTABLES":
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


def x_evidence__mutmut_14(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("engine_warns_docker_info", warning=warning)
    for when, packet_filter in (("before", r.before), ("after", r.after)):
        if packet_filter.backend == "nftables":
            for table in packet_filter.nft_rules:
                j.attach(None,
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


def x_evidence__mutmut_15(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("engine_warns_docker_info", warning=warning)
    for when, packet_filter in (("before", r.before), ("after", r.after)):
        if packet_filter.backend == "nftables":
            for table in packet_filter.nft_rules:
                j.attach(f"nft list table {table} ({when} the tries), counters left out",
                         None)  # fmt: skip
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


def x_evidence__mutmut_16(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("engine_warns_docker_info", warning=warning)
    for when, packet_filter in (("before", r.before), ("after", r.after)):
        if packet_filter.backend == "nftables":
            for table in packet_filter.nft_rules:
                j.attach("\n".join(packet_filter.nft_rules[table]))  # fmt: skip
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


def x_evidence__mutmut_17(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("engine_warns_docker_info", warning=warning)
    for when, packet_filter in (("before", r.before), ("after", r.after)):
        if packet_filter.backend == "nftables":
            for table in packet_filter.nft_rules:
                j.attach(f"nft list table {table} ({when} the tries), counters left out",
                         )  # fmt: skip
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


def x_evidence__mutmut_18(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("engine_warns_docker_info", warning=warning)
    for when, packet_filter in (("before", r.before), ("after", r.after)):
        if packet_filter.backend == "nftables":
            for table in packet_filter.nft_rules:
                j.attach(f"nft list table {table} ({when} the tries), counters left out",
                         "\n".join(None))  # fmt: skip
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


def x_evidence__mutmut_19(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("engine_warns_docker_info", warning=warning)
    for when, packet_filter in (("before", r.before), ("after", r.after)):
        if packet_filter.backend == "nftables":
            for table in packet_filter.nft_rules:
                j.attach(f"nft list table {table} ({when} the tries), counters left out",
                         "XX\nXX".join(packet_filter.nft_rules[table]))  # fmt: skip
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


def x_evidence__mutmut_20(j: Judgement, r: Reachability, *tables: str) -> None:
    """The rules that decided it (Docker's for the suite's own, and DOCKER-USER's), with their counters
    before and after the outside's tries; and the engine's own warnings about its packet filter."""
    for warning in r.warnings:
        j.note("engine_warns_docker_info", warning=warning)
    for when, packet_filter in (("before", r.before), ("after", r.after)):
        if packet_filter.backend == "nftables":
            for table in packet_filter.nft_rules:
                j.attach(f"nft list table {table} ({when} the tries), counters left out",
                         "\n".join(packet_filter.nft_rules[table]))  # fmt: skip
            break
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


def x_evidence__mutmut_21(j: Judgement, r: Reachability, *tables: str) -> None:
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
            ours = None
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


def x_evidence__mutmut_22(j: Judgement, r: Reachability, *tables: str) -> None:
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
            ours = set(None)
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


def x_evidence__mutmut_23(j: Judgement, r: Reachability, *tables: str) -> None:
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
            ours = set(r.ours(None, table))
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


def x_evidence__mutmut_24(j: Judgement, r: Reachability, *tables: str) -> None:
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
            ours = set(r.ours(packet_filter, None))
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


def x_evidence__mutmut_25(j: Judgement, r: Reachability, *tables: str) -> None:
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
            ours = set(r.ours(table))
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


def x_evidence__mutmut_26(j: Judgement, r: Reachability, *tables: str) -> None:
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
            ours = set(r.ours(packet_filter, ))
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


def x_evidence__mutmut_27(j: Judgement, r: Reachability, *tables: str) -> None:
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
            lines = None
            j.attach(
                f"{packet_filter.variant or 'iptables'}-save -c -t {table} ({when} the tries)",
                "\n".join(lines),
            )
    j.attach(
        "the outside",
        f"{r.outside} (a namespace the suite made), routed through this host's {r.host_address}; "
        f"containers on {r.bridge}: {r.addresses}",
    )


def x_evidence__mutmut_28(j: Judgement, r: Reachability, *tables: str) -> None:
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
                for line in packet_filter.tables.get(None, ())
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


def x_evidence__mutmut_29(j: Judgement, r: Reachability, *tables: str) -> None:
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
                for line in packet_filter.tables.get(table, None)
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


def x_evidence__mutmut_30(j: Judgement, r: Reachability, *tables: str) -> None:
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
                for line in packet_filter.tables.get(())
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


def x_evidence__mutmut_31(j: Judgement, r: Reachability, *tables: str) -> None:
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
                for line in packet_filter.tables.get(table, )
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


def x_evidence__mutmut_32(j: Judgement, r: Reachability, *tables: str) -> None:
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
                or " -A DOCKER-USER " in line and r.template(line.split("] ", 1)[-1]) in ours
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


def x_evidence__mutmut_33(j: Judgement, r: Reachability, *tables: str) -> None:
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
                if line.startswith(":") and " -A DOCKER-USER " in line  # the user's rules, which come first
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


def x_evidence__mutmut_34(j: Judgement, r: Reachability, *tables: str) -> None:
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
                if line.startswith(None)
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


def x_evidence__mutmut_35(j: Judgement, r: Reachability, *tables: str) -> None:
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
                if line.startswith("XX:XX")
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


def x_evidence__mutmut_36(j: Judgement, r: Reachability, *tables: str) -> None:
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
                or "XX -A DOCKER-USER XX" in line  # the user's rules, which come first
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


def x_evidence__mutmut_37(j: Judgement, r: Reachability, *tables: str) -> None:
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
                or " -a docker-user " in line  # the user's rules, which come first
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


def x_evidence__mutmut_38(j: Judgement, r: Reachability, *tables: str) -> None:
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
                or " -A DOCKER-USER " not in line  # the user's rules, which come first
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


def x_evidence__mutmut_39(j: Judgement, r: Reachability, *tables: str) -> None:
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
                or r.template(None) in ours
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


def x_evidence__mutmut_40(j: Judgement, r: Reachability, *tables: str) -> None:
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
                or r.template(line.split(None, 1)[-1]) in ours
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


def x_evidence__mutmut_41(j: Judgement, r: Reachability, *tables: str) -> None:
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
                or r.template(line.split("] ", None)[-1]) in ours
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


def x_evidence__mutmut_42(j: Judgement, r: Reachability, *tables: str) -> None:
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
                or r.template(line.split(1)[-1]) in ours
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


def x_evidence__mutmut_43(j: Judgement, r: Reachability, *tables: str) -> None:
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
                or r.template(line.split("] ", )[-1]) in ours
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


def x_evidence__mutmut_44(j: Judgement, r: Reachability, *tables: str) -> None:
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
                or r.template(line.rsplit("] ", 1)[-1]) in ours
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


def x_evidence__mutmut_45(j: Judgement, r: Reachability, *tables: str) -> None:
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
                or r.template(line.split("XX] XX", 1)[-1]) in ours
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


def x_evidence__mutmut_46(j: Judgement, r: Reachability, *tables: str) -> None:
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
                or r.template(line.split("] ", 2)[-1]) in ours
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


def x_evidence__mutmut_47(j: Judgement, r: Reachability, *tables: str) -> None:
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
                or r.template(line.split("] ", 1)[+1]) in ours
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


def x_evidence__mutmut_48(j: Judgement, r: Reachability, *tables: str) -> None:
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
                or r.template(line.split("] ", 1)[-2]) in ours
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


def x_evidence__mutmut_49(j: Judgement, r: Reachability, *tables: str) -> None:
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
                or r.template(line.split("] ", 1)[-1]) not in ours
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


def x_evidence__mutmut_50(j: Judgement, r: Reachability, *tables: str) -> None:
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
                None,
                "\n".join(lines),
            )
    j.attach(
        "the outside",
        f"{r.outside} (a namespace the suite made), routed through this host's {r.host_address}; "
        f"containers on {r.bridge}: {r.addresses}",
    )


def x_evidence__mutmut_51(j: Judgement, r: Reachability, *tables: str) -> None:
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
                None,
            )
    j.attach(
        "the outside",
        f"{r.outside} (a namespace the suite made), routed through this host's {r.host_address}; "
        f"containers on {r.bridge}: {r.addresses}",
    )


def x_evidence__mutmut_52(j: Judgement, r: Reachability, *tables: str) -> None:
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
                "\n".join(lines),
            )
    j.attach(
        "the outside",
        f"{r.outside} (a namespace the suite made), routed through this host's {r.host_address}; "
        f"containers on {r.bridge}: {r.addresses}",
    )


def x_evidence__mutmut_53(j: Judgement, r: Reachability, *tables: str) -> None:
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
                )
    j.attach(
        "the outside",
        f"{r.outside} (a namespace the suite made), routed through this host's {r.host_address}; "
        f"containers on {r.bridge}: {r.addresses}",
    )


def x_evidence__mutmut_54(j: Judgement, r: Reachability, *tables: str) -> None:
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
                f"{packet_filter.variant and 'iptables'}-save -c -t {table} ({when} the tries)",
                "\n".join(lines),
            )
    j.attach(
        "the outside",
        f"{r.outside} (a namespace the suite made), routed through this host's {r.host_address}; "
        f"containers on {r.bridge}: {r.addresses}",
    )


def x_evidence__mutmut_55(j: Judgement, r: Reachability, *tables: str) -> None:
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
                f"{packet_filter.variant or 'XXiptablesXX'}-save -c -t {table} ({when} the tries)",
                "\n".join(lines),
            )
    j.attach(
        "the outside",
        f"{r.outside} (a namespace the suite made), routed through this host's {r.host_address}; "
        f"containers on {r.bridge}: {r.addresses}",
    )


def x_evidence__mutmut_56(j: Judgement, r: Reachability, *tables: str) -> None:
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
                f"{packet_filter.variant or 'IPTABLES'}-save -c -t {table} ({when} the tries)",
                "\n".join(lines),
            )
    j.attach(
        "the outside",
        f"{r.outside} (a namespace the suite made), routed through this host's {r.host_address}; "
        f"containers on {r.bridge}: {r.addresses}",
    )


def x_evidence__mutmut_57(j: Judgement, r: Reachability, *tables: str) -> None:
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
                "\n".join(None),
            )
    j.attach(
        "the outside",
        f"{r.outside} (a namespace the suite made), routed through this host's {r.host_address}; "
        f"containers on {r.bridge}: {r.addresses}",
    )


def x_evidence__mutmut_58(j: Judgement, r: Reachability, *tables: str) -> None:
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
                "XX\nXX".join(lines),
            )
    j.attach(
        "the outside",
        f"{r.outside} (a namespace the suite made), routed through this host's {r.host_address}; "
        f"containers on {r.bridge}: {r.addresses}",
    )


def x_evidence__mutmut_59(j: Judgement, r: Reachability, *tables: str) -> None:
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
        None,
        f"{r.outside} (a namespace the suite made), routed through this host's {r.host_address}; "
        f"containers on {r.bridge}: {r.addresses}",
    )


def x_evidence__mutmut_60(j: Judgement, r: Reachability, *tables: str) -> None:
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
        None,
    )


def x_evidence__mutmut_61(j: Judgement, r: Reachability, *tables: str) -> None:
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
        f"{r.outside} (a namespace the suite made), routed through this host's {r.host_address}; "
        f"containers on {r.bridge}: {r.addresses}",
    )


def x_evidence__mutmut_62(j: Judgement, r: Reachability, *tables: str) -> None:
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
        )


def x_evidence__mutmut_63(j: Judgement, r: Reachability, *tables: str) -> None:
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
        "XXthe outsideXX",
        f"{r.outside} (a namespace the suite made), routed through this host's {r.host_address}; "
        f"containers on {r.bridge}: {r.addresses}",
    )


def x_evidence__mutmut_64(j: Judgement, r: Reachability, *tables: str) -> None:
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
        "THE OUTSIDE",
        f"{r.outside} (a namespace the suite made), routed through this host's {r.host_address}; "
        f"containers on {r.bridge}: {r.addresses}",
    )

mutants_x_evidence__mutmut['_mutmut_orig'] = x_evidence__mutmut_orig # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_1'] = x_evidence__mutmut_1 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_2'] = x_evidence__mutmut_2 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_3'] = x_evidence__mutmut_3 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_4'] = x_evidence__mutmut_4 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_5'] = x_evidence__mutmut_5 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_6'] = x_evidence__mutmut_6 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_7'] = x_evidence__mutmut_7 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_8'] = x_evidence__mutmut_8 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_9'] = x_evidence__mutmut_9 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_10'] = x_evidence__mutmut_10 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_11'] = x_evidence__mutmut_11 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_12'] = x_evidence__mutmut_12 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_13'] = x_evidence__mutmut_13 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_14'] = x_evidence__mutmut_14 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_15'] = x_evidence__mutmut_15 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_16'] = x_evidence__mutmut_16 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_17'] = x_evidence__mutmut_17 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_18'] = x_evidence__mutmut_18 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_19'] = x_evidence__mutmut_19 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_20'] = x_evidence__mutmut_20 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_21'] = x_evidence__mutmut_21 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_22'] = x_evidence__mutmut_22 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_23'] = x_evidence__mutmut_23 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_24'] = x_evidence__mutmut_24 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_25'] = x_evidence__mutmut_25 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_26'] = x_evidence__mutmut_26 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_27'] = x_evidence__mutmut_27 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_28'] = x_evidence__mutmut_28 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_29'] = x_evidence__mutmut_29 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_30'] = x_evidence__mutmut_30 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_31'] = x_evidence__mutmut_31 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_32'] = x_evidence__mutmut_32 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_33'] = x_evidence__mutmut_33 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_34'] = x_evidence__mutmut_34 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_35'] = x_evidence__mutmut_35 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_36'] = x_evidence__mutmut_36 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_37'] = x_evidence__mutmut_37 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_38'] = x_evidence__mutmut_38 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_39'] = x_evidence__mutmut_39 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_40'] = x_evidence__mutmut_40 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_41'] = x_evidence__mutmut_41 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_42'] = x_evidence__mutmut_42 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_43'] = x_evidence__mutmut_43 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_44'] = x_evidence__mutmut_44 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_45'] = x_evidence__mutmut_45 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_46'] = x_evidence__mutmut_46 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_47'] = x_evidence__mutmut_47 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_48'] = x_evidence__mutmut_48 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_49'] = x_evidence__mutmut_49 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_50'] = x_evidence__mutmut_50 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_51'] = x_evidence__mutmut_51 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_52'] = x_evidence__mutmut_52 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_53'] = x_evidence__mutmut_53 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_54'] = x_evidence__mutmut_54 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_55'] = x_evidence__mutmut_55 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_56'] = x_evidence__mutmut_56 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_57'] = x_evidence__mutmut_57 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_58'] = x_evidence__mutmut_58 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_59'] = x_evidence__mutmut_59 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_60'] = x_evidence__mutmut_60 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_61'] = x_evidence__mutmut_61 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_62'] = x_evidence__mutmut_62 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_63'] = x_evidence__mutmut_63 # type: ignore # mutmut generated
mutants_x_evidence__mutmut['x_evidence__mutmut_64'] = x_evidence__mutmut_64 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ipv6_observed__mutmut)
def ipv6_observed(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=v6.unavailable)
    seen("the IPv6 network's subnet", v6.subnet)
    seen("the IPv6 network's bridge", v6.bridge)
    return v6


def x_ipv6_observed__mutmut_orig(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=v6.unavailable)
    seen("the IPv6 network's subnet", v6.subnet)
    seen("the IPv6 network's bridge", v6.bridge)
    return v6


def x_ipv6_observed__mutmut_1(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable(None, why=v6.unavailable)
    seen("the IPv6 network's subnet", v6.subnet)
    seen("the IPv6 network's bridge", v6.bridge)
    return v6


def x_ipv6_observed__mutmut_2(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=None)
    seen("the IPv6 network's subnet", v6.subnet)
    seen("the IPv6 network's bridge", v6.bridge)
    return v6


def x_ipv6_observed__mutmut_3(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable(why=v6.unavailable)
    seen("the IPv6 network's subnet", v6.subnet)
    seen("the IPv6 network's bridge", v6.bridge)
    return v6


def x_ipv6_observed__mutmut_4(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", )
    seen("the IPv6 network's subnet", v6.subnet)
    seen("the IPv6 network's bridge", v6.bridge)
    return v6


def x_ipv6_observed__mutmut_5(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("XXipv6_unavailableXX", why=v6.unavailable)
    seen("the IPv6 network's subnet", v6.subnet)
    seen("the IPv6 network's bridge", v6.bridge)
    return v6


def x_ipv6_observed__mutmut_6(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("IPV6_UNAVAILABLE", why=v6.unavailable)
    seen("the IPv6 network's subnet", v6.subnet)
    seen("the IPv6 network's bridge", v6.bridge)
    return v6


def x_ipv6_observed__mutmut_7(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=v6.unavailable)
    seen(None, v6.subnet)
    seen("the IPv6 network's bridge", v6.bridge)
    return v6


def x_ipv6_observed__mutmut_8(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=v6.unavailable)
    seen("the IPv6 network's subnet", None)
    seen("the IPv6 network's bridge", v6.bridge)
    return v6


def x_ipv6_observed__mutmut_9(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=v6.unavailable)
    seen(v6.subnet)
    seen("the IPv6 network's bridge", v6.bridge)
    return v6


def x_ipv6_observed__mutmut_10(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=v6.unavailable)
    seen("the IPv6 network's subnet", )
    seen("the IPv6 network's bridge", v6.bridge)
    return v6


def x_ipv6_observed__mutmut_11(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=v6.unavailable)
    seen("XXthe IPv6 network's subnetXX", v6.subnet)
    seen("the IPv6 network's bridge", v6.bridge)
    return v6


def x_ipv6_observed__mutmut_12(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=v6.unavailable)
    seen("the ipv6 network's subnet", v6.subnet)
    seen("the IPv6 network's bridge", v6.bridge)
    return v6


def x_ipv6_observed__mutmut_13(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=v6.unavailable)
    seen("THE IPV6 NETWORK'S SUBNET", v6.subnet)
    seen("the IPv6 network's bridge", v6.bridge)
    return v6


def x_ipv6_observed__mutmut_14(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=v6.unavailable)
    seen("the IPv6 network's subnet", v6.subnet)
    seen(None, v6.bridge)
    return v6


def x_ipv6_observed__mutmut_15(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=v6.unavailable)
    seen("the IPv6 network's subnet", v6.subnet)
    seen("the IPv6 network's bridge", None)
    return v6


def x_ipv6_observed__mutmut_16(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=v6.unavailable)
    seen("the IPv6 network's subnet", v6.subnet)
    seen(v6.bridge)
    return v6


def x_ipv6_observed__mutmut_17(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=v6.unavailable)
    seen("the IPv6 network's subnet", v6.subnet)
    seen("the IPv6 network's bridge", )
    return v6


def x_ipv6_observed__mutmut_18(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=v6.unavailable)
    seen("the IPv6 network's subnet", v6.subnet)
    seen("XXthe IPv6 network's bridgeXX", v6.bridge)
    return v6


def x_ipv6_observed__mutmut_19(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=v6.unavailable)
    seen("the IPv6 network's subnet", v6.subnet)
    seen("the ipv6 network's bridge", v6.bridge)
    return v6


def x_ipv6_observed__mutmut_20(v6: Ipv6Observation) -> Ipv6Observation:
    """The IPv6 observation, where this host could make one."""
    if v6.unavailable:
        raise Unobservable("ipv6_unavailable", why=v6.unavailable)
    seen("the IPv6 network's subnet", v6.subnet)
    seen("THE IPV6 NETWORK'S BRIDGE", v6.bridge)
    return v6

mutants_x_ipv6_observed__mutmut['_mutmut_orig'] = x_ipv6_observed__mutmut_orig # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_1'] = x_ipv6_observed__mutmut_1 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_2'] = x_ipv6_observed__mutmut_2 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_3'] = x_ipv6_observed__mutmut_3 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_4'] = x_ipv6_observed__mutmut_4 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_5'] = x_ipv6_observed__mutmut_5 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_6'] = x_ipv6_observed__mutmut_6 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_7'] = x_ipv6_observed__mutmut_7 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_8'] = x_ipv6_observed__mutmut_8 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_9'] = x_ipv6_observed__mutmut_9 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_10'] = x_ipv6_observed__mutmut_10 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_11'] = x_ipv6_observed__mutmut_11 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_12'] = x_ipv6_observed__mutmut_12 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_13'] = x_ipv6_observed__mutmut_13 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_14'] = x_ipv6_observed__mutmut_14 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_15'] = x_ipv6_observed__mutmut_15 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_16'] = x_ipv6_observed__mutmut_16 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_17'] = x_ipv6_observed__mutmut_17 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_18'] = x_ipv6_observed__mutmut_18 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_19'] = x_ipv6_observed__mutmut_19 # type: ignore # mutmut generated
mutants_x_ipv6_observed__mutmut['x_ipv6_observed__mutmut_20'] = x_ipv6_observed__mutmut_20 # type: ignore # mutmut generated
mutants_x_refused_for__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_refused_for__mutmut)
def refused_for(meaning: str, refusal: str) -> bool:
    """The engine refused ("" : it accepted), for the reason `meaning` (a regular expression of what
    the reason says, not its wording) names."""
    return bool(refusal) and re.search(meaning, refusal, re.IGNORECASE) is not None


def x_refused_for__mutmut_orig(meaning: str, refusal: str) -> bool:
    """The engine refused ("" : it accepted), for the reason `meaning` (a regular expression of what
    the reason says, not its wording) names."""
    return bool(refusal) and re.search(meaning, refusal, re.IGNORECASE) is not None


def x_refused_for__mutmut_1(meaning: str, refusal: str) -> bool:
    """The engine refused ("" : it accepted), for the reason `meaning` (a regular expression of what
    the reason says, not its wording) names."""
    return bool(refusal) or re.search(meaning, refusal, re.IGNORECASE) is not None


def x_refused_for__mutmut_2(meaning: str, refusal: str) -> bool:
    """The engine refused ("" : it accepted), for the reason `meaning` (a regular expression of what
    the reason says, not its wording) names."""
    return bool(None) and re.search(meaning, refusal, re.IGNORECASE) is not None


def x_refused_for__mutmut_3(meaning: str, refusal: str) -> bool:
    """The engine refused ("" : it accepted), for the reason `meaning` (a regular expression of what
    the reason says, not its wording) names."""
    return bool(refusal) and re.search(None, refusal, re.IGNORECASE) is not None


def x_refused_for__mutmut_4(meaning: str, refusal: str) -> bool:
    """The engine refused ("" : it accepted), for the reason `meaning` (a regular expression of what
    the reason says, not its wording) names."""
    return bool(refusal) and re.search(meaning, None, re.IGNORECASE) is not None


def x_refused_for__mutmut_5(meaning: str, refusal: str) -> bool:
    """The engine refused ("" : it accepted), for the reason `meaning` (a regular expression of what
    the reason says, not its wording) names."""
    return bool(refusal) and re.search(meaning, refusal, None) is not None


def x_refused_for__mutmut_6(meaning: str, refusal: str) -> bool:
    """The engine refused ("" : it accepted), for the reason `meaning` (a regular expression of what
    the reason says, not its wording) names."""
    return bool(refusal) and re.search(refusal, re.IGNORECASE) is not None


def x_refused_for__mutmut_7(meaning: str, refusal: str) -> bool:
    """The engine refused ("" : it accepted), for the reason `meaning` (a regular expression of what
    the reason says, not its wording) names."""
    return bool(refusal) and re.search(meaning, re.IGNORECASE) is not None


def x_refused_for__mutmut_8(meaning: str, refusal: str) -> bool:
    """The engine refused ("" : it accepted), for the reason `meaning` (a regular expression of what
    the reason says, not its wording) names."""
    return bool(refusal) and re.search(meaning, refusal, ) is not None


def x_refused_for__mutmut_9(meaning: str, refusal: str) -> bool:
    """The engine refused ("" : it accepted), for the reason `meaning` (a regular expression of what
    the reason says, not its wording) names."""
    return bool(refusal) and re.search(meaning, refusal, re.IGNORECASE) is None

mutants_x_refused_for__mutmut['_mutmut_orig'] = x_refused_for__mutmut_orig # type: ignore # mutmut generated
mutants_x_refused_for__mutmut['x_refused_for__mutmut_1'] = x_refused_for__mutmut_1 # type: ignore # mutmut generated
mutants_x_refused_for__mutmut['x_refused_for__mutmut_2'] = x_refused_for__mutmut_2 # type: ignore # mutmut generated
mutants_x_refused_for__mutmut['x_refused_for__mutmut_3'] = x_refused_for__mutmut_3 # type: ignore # mutmut generated
mutants_x_refused_for__mutmut['x_refused_for__mutmut_4'] = x_refused_for__mutmut_4 # type: ignore # mutmut generated
mutants_x_refused_for__mutmut['x_refused_for__mutmut_5'] = x_refused_for__mutmut_5 # type: ignore # mutmut generated
mutants_x_refused_for__mutmut['x_refused_for__mutmut_6'] = x_refused_for__mutmut_6 # type: ignore # mutmut generated
mutants_x_refused_for__mutmut['x_refused_for__mutmut_7'] = x_refused_for__mutmut_7 # type: ignore # mutmut generated
mutants_x_refused_for__mutmut['x_refused_for__mutmut_8'] = x_refused_for__mutmut_8 # type: ignore # mutmut generated
mutants_x_refused_for__mutmut['x_refused_for__mutmut_9'] = x_refused_for__mutmut_9 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_tried_again__mutmut)
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


def x_tried_again__mutmut_orig(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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


def x_tried_again__mutmut_1(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = None
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


def x_tried_again__mutmut_2(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(None)
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


def x_tried_again__mutmut_3(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if before:
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


def x_tried_again__mutmut_4(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable(None, what=what)
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


def x_tried_again__mutmut_5(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("upgrade_not_tried", what=None)
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


def x_tried_again__mutmut_6(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable(what=what)
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


def x_tried_again__mutmut_7(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("upgrade_not_tried", )
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


def x_tried_again__mutmut_8(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("XXupgrade_not_triedXX", what=what)
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


def x_tried_again__mutmut_9(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("UPGRADE_NOT_TRIED", what=what)
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


def x_tried_again__mutmut_10(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("upgrade_not_tried", what=what)
    after = None
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


def x_tried_again__mutmut_11(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("upgrade_not_tried", what=what)
    after = {t.target: t for t in u.after.tried(None)}
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


def x_tried_again__mutmut_12(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("upgrade_not_tried", what=what)
    after = {t.target: t for t in u.after.tried(what)}
    for tried in before:
        now = None
        if not tried.ok:
            j.cannot_judge("upgrade_did_not_answer_before", target=tried.target, said=tried.said)
        elif now is None or not now.sent:
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_13(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("upgrade_not_tried", what=what)
    after = {t.target: t for t in u.after.tried(what)}
    for tried in before:
        now = after.get(None)
        if not tried.ok:
            j.cannot_judge("upgrade_did_not_answer_before", target=tried.target, said=tried.said)
        elif now is None or not now.sent:
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_14(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("upgrade_not_tried", what=what)
    after = {t.target: t for t in u.after.tried(what)}
    for tried in before:
        now = after.get(tried.target)
        if tried.ok:
            j.cannot_judge("upgrade_did_not_answer_before", target=tried.target, said=tried.said)
        elif now is None or not now.sent:
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_15(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("upgrade_not_tried", what=what)
    after = {t.target: t for t in u.after.tried(what)}
    for tried in before:
        now = after.get(tried.target)
        if not tried.ok:
            j.cannot_judge(None, target=tried.target, said=tried.said)
        elif now is None or not now.sent:
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_16(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("upgrade_not_tried", what=what)
    after = {t.target: t for t in u.after.tried(what)}
    for tried in before:
        now = after.get(tried.target)
        if not tried.ok:
            j.cannot_judge("upgrade_did_not_answer_before", target=None, said=tried.said)
        elif now is None or not now.sent:
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_17(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("upgrade_not_tried", what=what)
    after = {t.target: t for t in u.after.tried(what)}
    for tried in before:
        now = after.get(tried.target)
        if not tried.ok:
            j.cannot_judge("upgrade_did_not_answer_before", target=tried.target, said=None)
        elif now is None or not now.sent:
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_18(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("upgrade_not_tried", what=what)
    after = {t.target: t for t in u.after.tried(what)}
    for tried in before:
        now = after.get(tried.target)
        if not tried.ok:
            j.cannot_judge(target=tried.target, said=tried.said)
        elif now is None or not now.sent:
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_19(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("upgrade_not_tried", what=what)
    after = {t.target: t for t in u.after.tried(what)}
    for tried in before:
        now = after.get(tried.target)
        if not tried.ok:
            j.cannot_judge("upgrade_did_not_answer_before", said=tried.said)
        elif now is None or not now.sent:
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_20(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("upgrade_not_tried", what=what)
    after = {t.target: t for t in u.after.tried(what)}
    for tried in before:
        now = after.get(tried.target)
        if not tried.ok:
            j.cannot_judge("upgrade_did_not_answer_before", target=tried.target, )
        elif now is None or not now.sent:
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_21(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("upgrade_not_tried", what=what)
    after = {t.target: t for t in u.after.tried(what)}
    for tried in before:
        now = after.get(tried.target)
        if not tried.ok:
            j.cannot_judge("XXupgrade_did_not_answer_beforeXX", target=tried.target, said=tried.said)
        elif now is None or not now.sent:
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_22(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
    """Each try of `what` that answered before answers after; one that could not act is not judged.
    With `profile_key`, whether it still answers is that key's ("kept" or not: a documented change)."""
    before = u.before.tried(what)
    if not before:
        raise Unobservable("upgrade_not_tried", what=what)
    after = {t.target: t for t in u.after.tried(what)}
    for tried in before:
        now = after.get(tried.target)
        if not tried.ok:
            j.cannot_judge("UPGRADE_DID_NOT_ANSWER_BEFORE", target=tried.target, said=tried.said)
        elif now is None or not now.sent:
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_23(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
        elif now is None and not now.sent:
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_24(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
        elif now is not None or not now.sent:
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_25(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
        elif now is None or now.sent:
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_26(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.cannot_judge(None, target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_27(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.cannot_judge("upgrade_could_not_act", target=None, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_28(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_29(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.cannot_judge(target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_30(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.cannot_judge("upgrade_could_not_act", said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_31(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.cannot_judge("upgrade_could_not_act", target=tried.target, )
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_32(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.cannot_judge("XXupgrade_could_not_actXX", target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_33(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.cannot_judge("UPGRADE_COULD_NOT_ACT", target=tried.target, said=now.said if now else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_34(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=now.said if (now) and False else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_35(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.cannot_judge("upgrade_could_not_act", target=tried.target, said=now.said if (now) or True else None)
        elif profile_key:
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_36(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.expect(None, profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_37(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.expect(key, None, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_38(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.expect(key, profile_key, None, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_39(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.expect(key, profile_key, now.ok, via=None, target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_40(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", target=None)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_41(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.expect(profile_key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_42(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.expect(key, now.ok, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_43(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.expect(key, profile_key, via=lambda kept: kept == "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_44(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.expect(key, profile_key, now.ok, target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_45(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "kept", )
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_46(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.expect(key, profile_key, now.ok, via=lambda kept: None, target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_47(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.expect(key, profile_key, now.ok, via=lambda kept: kept != "kept", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_48(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "XXkeptXX", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_49(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.expect(key, profile_key, now.ok, via=lambda kept: kept == "KEPT", target=tried.target)
        else:
            j.fact(key, True, now.ok, target=tried.target)


def x_tried_again__mutmut_50(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.fact(None, True, now.ok, target=tried.target)


def x_tried_again__mutmut_51(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.fact(key, None, now.ok, target=tried.target)


def x_tried_again__mutmut_52(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.fact(key, True, None, target=tried.target)


def x_tried_again__mutmut_53(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.fact(key, True, now.ok, target=None)


def x_tried_again__mutmut_54(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.fact(True, now.ok, target=tried.target)


def x_tried_again__mutmut_55(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.fact(key, now.ok, target=tried.target)


def x_tried_again__mutmut_56(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.fact(key, True, target=tried.target)


def x_tried_again__mutmut_57(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.fact(key, True, now.ok, )


def x_tried_again__mutmut_58(j: Judgement, u: Upgrade, what: str, key: str, profile_key: str | None = None) -> None:
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
            j.fact(key, False, now.ok, target=tried.target)

mutants_x_tried_again__mutmut['_mutmut_orig'] = x_tried_again__mutmut_orig # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_1'] = x_tried_again__mutmut_1 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_2'] = x_tried_again__mutmut_2 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_3'] = x_tried_again__mutmut_3 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_4'] = x_tried_again__mutmut_4 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_5'] = x_tried_again__mutmut_5 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_6'] = x_tried_again__mutmut_6 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_7'] = x_tried_again__mutmut_7 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_8'] = x_tried_again__mutmut_8 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_9'] = x_tried_again__mutmut_9 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_10'] = x_tried_again__mutmut_10 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_11'] = x_tried_again__mutmut_11 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_12'] = x_tried_again__mutmut_12 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_13'] = x_tried_again__mutmut_13 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_14'] = x_tried_again__mutmut_14 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_15'] = x_tried_again__mutmut_15 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_16'] = x_tried_again__mutmut_16 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_17'] = x_tried_again__mutmut_17 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_18'] = x_tried_again__mutmut_18 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_19'] = x_tried_again__mutmut_19 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_20'] = x_tried_again__mutmut_20 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_21'] = x_tried_again__mutmut_21 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_22'] = x_tried_again__mutmut_22 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_23'] = x_tried_again__mutmut_23 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_24'] = x_tried_again__mutmut_24 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_25'] = x_tried_again__mutmut_25 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_26'] = x_tried_again__mutmut_26 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_27'] = x_tried_again__mutmut_27 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_28'] = x_tried_again__mutmut_28 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_29'] = x_tried_again__mutmut_29 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_30'] = x_tried_again__mutmut_30 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_31'] = x_tried_again__mutmut_31 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_32'] = x_tried_again__mutmut_32 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_33'] = x_tried_again__mutmut_33 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_34'] = x_tried_again__mutmut_34 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_35'] = x_tried_again__mutmut_35 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_36'] = x_tried_again__mutmut_36 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_37'] = x_tried_again__mutmut_37 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_38'] = x_tried_again__mutmut_38 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_39'] = x_tried_again__mutmut_39 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_40'] = x_tried_again__mutmut_40 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_41'] = x_tried_again__mutmut_41 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_42'] = x_tried_again__mutmut_42 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_43'] = x_tried_again__mutmut_43 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_44'] = x_tried_again__mutmut_44 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_45'] = x_tried_again__mutmut_45 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_46'] = x_tried_again__mutmut_46 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_47'] = x_tried_again__mutmut_47 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_48'] = x_tried_again__mutmut_48 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_49'] = x_tried_again__mutmut_49 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_50'] = x_tried_again__mutmut_50 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_51'] = x_tried_again__mutmut_51 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_52'] = x_tried_again__mutmut_52 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_53'] = x_tried_again__mutmut_53 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_54'] = x_tried_again__mutmut_54 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_55'] = x_tried_again__mutmut_55 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_56'] = x_tried_again__mutmut_56 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_57'] = x_tried_again__mutmut_57 # type: ignore # mutmut generated
mutants_x_tried_again__mutmut['x_tried_again__mutmut_58'] = x_tried_again__mutmut_58 # type: ignore # mutmut generated
