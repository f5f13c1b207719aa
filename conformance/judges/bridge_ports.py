"""S-BRCTL-1: docker0 as `brctl show` sees it: its id, STP, and exactly its ports."""

from __future__ import annotations

import re

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.model.seed import SeedObservation

family(__name__, "BRCTL", "Bridge membership", "브리지 포트")


def brctl_view(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """docker0's bridge view.

    Documented: bridge id 8000.<bridge MAC, no colons>, STP enabled: {bridge.stp}, interfaces = exactly the
        host veths of the containers on {bridge.network} (another user's containers' veths tolerated on a
        busy host; a port that is no container's veth fails)
    Ko documented: bridge id 8000.<브리지 MAC, 콜론 없이>, STP enabled: {bridge.stp}, interfaces =
        {bridge.network}에 있는 컨테이너들의 호스트 veth 정확히 (바쁜 호스트에서는 다른 사용자 컨테이너의
        veth도 허용; 어느 컨테이너의 veth도 아닌 포트는 실패)
    By hand: brctl show  # or: bridge link
    Title: brctl show: {bridge.device} 8000.<MAC>, STP {bridge.stp}, exactly the containers' veths
    Ko: brctl로 본 docker0 브리지.
    Ko title: brctl show: {bridge.device} 8000.<MAC>, STP {bridge.stp}, 포트는 정확히 컨테이너들의 veth
    Seed: bridge name bridge id STP enabled interfaces / docker0 8000.024290f4b3c5 no veth4eb48a6 veth40d220d
    """
    bridge = seed.during.bridge_link(profile.bridge.device)
    if bridge is None:
        j.expect("bridge_present", "bridge.device", None)
        return
    mac = bridge.mac.replace(":", "")
    j.expect(
        "bridge_id",
        "bridge.priority",
        bridge.bridge_id,
        via=lambda priority: f"{priority}.{mac}",
        volatile=True,
    )
    j.expect("stp_enabled", "bridge.stp", bool(bridge.stp_state))
    earlier = {p.name for p in seed.before.host.ports(seed.before.host.interface(bridge.name))}
    ports = [p.name for p in seed.during.host.ports(bridge)]
    if seed.unentered():  # the containers' eth0 cannot name its peer: attribute the new ports by appearance
        j.fact("ports_added_by_two_containers", 2, len(set(ports) - earlier))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = {veth.name for view in seed.containers() if (veth := seed.host_end(view))}
        if seed.activity or not seed.during.steady:  # others' ports come and go: judge ours only
            j.exactly("busybox1_and_busybox2_veths_among_ports", ours, set(ports) & ours)
            j.note("other_ports_were_not_judged", activity=seed.activity, attempts=seed.attempts)
        else:
            j.exactly("interfaces", earlier | ours, ports)
    # a port that is nothing the engine made: not a veth named as the engine names its containers'
    # (a dummy, a physical NIC, a veth pair made by hand); a veth of the engine's whose other end
    # is in no namespace any more (a container that died with a killed engine) is named, not failed
    ports_now = seed.during.host.ports(bridge)
    engine_made = re.compile(profile.container.veth_name)
    foreign = sorted(p.name for p in ports_now if p.kind != "veth" or not engine_made.fullmatch(p.name))
    j.fact("ports_that_are_no_container_veth", [], foreign)
    if stale := sorted(p.name for p in ports_now if p.name not in foreign and p.link_netnsid is None):
        j.note("engine_veths_whose_container_namespace_gone", stale=", ".join(stale))
    if foreign:
        j.attach(
            "ip -d link show master " + bridge.name,
            "\n".join(p.summary() for p in seed.during.host.ports(bridge) if p.name in foreign),
        )
    if earlier:
        j.note("ports_already_on_bridge_before_run", earlier=", ".join(sorted(earlier)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


claim("S-BRCTL-1", observes="seed", part="bridge")(brctl_view)
