"""S-VETH-*: the veth pair: eth0 in the container, vethXXXXXXX on the host, and how they meet."""

from __future__ import annotations

import re

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import SYS_ADMIN, Judgement, Unobservable
from docker_conformance.conformance.judges.shared import cidr_in, note_others
from docker_conformance.conformance.model.seed import SeedObservation

family(__name__, "VETH", "veth pairs", "veth 쌍")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@claim("S-VETH-1", observes="seed", part="eth0")
def two_interfaces(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


@claim("S-VETH-2", observes="seed", part="eth0")
def container_eth0(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


@claim("S-VETH-3", observes="seed", part="veth")
def one_host_veth_each(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


@claim("S-VETH-4", observes="seed", part="veth")
def pair_indices(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


@claim("S-VETH-5", observes="seed", part="veth")
def host_end_on_bridge(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))
