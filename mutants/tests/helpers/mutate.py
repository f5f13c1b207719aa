"""Deviating observations for negative controls: copy a recorded one, change one thing."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from docker_conformance.conformance.core.verdict import Fact, Status, Verdict
from docker_conformance.conformance.model.execs import Exec, Ping
from docker_conformance.conformance.model.netns import Link, NetnsView
from docker_conformance.conformance.model.scenarios import DriverRun, UserBridges
from docker_conformance.conformance.model.seed import ContainerView, SeedObservation


def link(view: NetnsView, target: str, /, **changes: Any) -> NetnsView:
    """`view` with link `target` changed."""
    links = tuple(each if each.name != target else replace(each, **changes) for each in view.links)
    return replace(view, links=links)


def replace_host(shot: Any, links: list[Link]) -> Any:
    """A snapshot whose host namespace holds exactly `links`."""
    return replace(shot, host=replace(shot.host, links=tuple(links)))


def add_link(view: NetnsView, new: Link) -> NetnsView:
    return replace(view, links=(*view.links, new))


def host(seed: SeedObservation, when: str, target: str, /, **changes: Any) -> SeedObservation:
    """The host's link `target` changed in the `before` or `during` snapshot."""
    shot = getattr(seed, when)
    return replace(seed, **{when: replace(shot, host=link(shot.host, target, **changes))})


def container(seed: SeedObservation, role: str, **changes: Any) -> SeedObservation:
    view: ContainerView = getattr(seed, role)
    return replace(seed, **{role: replace(view, **changes)})


def container_link(seed: SeedObservation, role: str, target: str, /, **changes: Any) -> SeedObservation:
    view: ContainerView = getattr(seed, role)
    assert view.netns is not None
    return container(seed, role, netns=link(view.netns, target, **changes))


def endpoint(seed: SeedObservation, role: str, **changes: Any) -> SeedObservation:
    view: ContainerView = getattr(seed, role)
    return container(seed, role, endpoint={**view.endpoint, **changes})


def bridge(seed: SeedObservation, when: str, **changes: Any) -> SeedObservation:
    shot = getattr(seed, when)
    return replace(seed, **{when: replace(shot, bridge={**shot.bridge, **changes})})


def host_veth_of(seed: SeedObservation, role: str) -> Link:
    view: ContainerView = getattr(seed, role)
    assert view.netns is not None
    eth0 = view.netns.interface("eth0")
    assert eth0 is not None
    found = seed.during.host.by_index(eth0.peer_index)
    assert found is not None
    return found


def answered(ping: Ping) -> Ping:
    """The same ping, with a reply."""
    return replace(
        ping, exec=Exec(ping.exec.command, 0, "1 packets transmitted, 1 packets received, 0% packet loss\n")
    )


def lost(ping: Ping) -> Ping:
    """The same ping, sent and never answered."""
    return replace(ping, exec=Exec(ping.exec.command, 1, "1 packets transmitted, 0 packets received\n"))


def files(ubr: UserBridges, **changes: Any) -> UserBridges:
    """The user-bridge observation with its default bridge's files changed."""
    assert ubr.files is not None
    return replace(ubr, files=replace(ubr.files, **changes))


def hosts(ubr: UserBridges, text: str) -> UserBridges:
    """d1's /etc/hosts as `text`."""
    assert ubr.files is not None
    return files(ubr, hosts=Exec(ubr.files.hosts.command, 0, text))


def assert_fails(verdict: Verdict, claim: str, names: str) -> None:
    """A negative control's verdict: its claim fails (against a configured profile, a failing fact
    whose expectation a setting moved is inconsistent), and the message says what and how to look."""
    assert verdict.claim == claim
    assert verdict.status in (Status.FAILS, Status.INCONSISTENT), verdict.message()
    message = verdict.message()
    # what failed: the first line (the reason, made of the failing facts only) and the [BAD] facts;
    # never a line marked [ok ], which the deviation did not touch
    lines = message.splitlines()
    failing = lines[:1] + [line for line in lines if line.lstrip().startswith("[BAD]")]
    assert any(names in line for line in failing), f"no failing fact names {names!r}:\n{message}"
    assert "expected" in message
    assert "observed" in message
    assert verdict.by_hand in message


def foreign_port(seed: SeedObservation) -> SeedObservation:
    """A veth of no container's, on docker0 while the containers ran."""
    docker0 = seed.during.host.interface("docker0")
    stranger = Link(
        index=999,
        name="vethf0e1a2b",
        kind="veth",
        link_type="ether",
        mtu=1500,
        flags=("UP", "LOWER_UP"),
        operstate="UP",
        mac="aa:bb:cc:dd:ee:ff",
        qdisc="noqueue",
        master=docker0.index,
        peer_index=998,
        link_netnsid=7,
    )
    return replace(seed, during=replace(seed.during, host=add_link(seed.during.host, stranger)))


def dummy_port(seed: SeedObservation) -> SeedObservation:
    """A dummy interface enslaved to docker0 by hand: no container's, no veth, no peer."""
    docker0 = seed.during.host.interface("docker0")
    dummy = Link(
        index=997, name="dummy0", kind="dummy", link_type="ether", mtu=1500, flags=("UP",),
        operstate="UNKNOWN", mac="aa:bb:cc:dd:ee:01", qdisc="noqueue", master=docker0.index,
    )  # fmt: skip
    before, during = (replace(shot, host=add_link(shot.host, dummy)) for shot in (seed.before, seed.during))
    return replace(seed, before=before, during=during)


def host_veth_pair(run: DriverRun) -> DriverRun:
    """A `--network host` run during which a veth appeared on the host."""
    stray = replace(
        run.inside.veths()[0] if run.inside.veths() else run.inside.links[0],
        name="vethdeadbee",
        kind="veth",
        link_netnsid=None,
    )
    return replace(run, veths_added=(stray,))


def changed_fact(fact: Fact, before: Verdict) -> bool:
    """Whether `fact` is one `before` already had, with another observed value: the same fact (its
    key and the values its label names), or, where those values are what changed (a veth's name),
    a fact of the same key whose observed value none of before's had."""
    same = [f.observed for f in before.facts if f.id == fact.id]
    if same:
        return same[0] != fact.observed
    return any(f.key == fact.key for f in before.facts) and all(
        f.observed != fact.observed for f in before.facts if f.key == fact.key
    )
