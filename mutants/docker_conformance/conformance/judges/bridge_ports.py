"""S-BRCTL-1: docker0 as `brctl show` sees it: its id, STP, and exactly its ports."""

from __future__ import annotations

import re

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.model.seed import SeedObservation

family(__name__, "BRCTL", "Bridge membership", "브리지 포트")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_brctl_view__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_brctl_view__mutmut)
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


def x_brctl_view__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_brctl_view__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    bridge = None
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


def x_brctl_view__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    bridge = seed.during.bridge_link(None)
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


def x_brctl_view__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    if bridge is not None:
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


def x_brctl_view__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect(None, "bridge.device", None)
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


def x_brctl_view__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect("bridge_present", None, None)
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


def x_brctl_view__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect("bridge.device", None)
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


def x_brctl_view__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect("bridge_present", None)
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


def x_brctl_view__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect("bridge_present", "bridge.device", )
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


def x_brctl_view__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect("XXbridge_presentXX", "bridge.device", None)
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


def x_brctl_view__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect("BRIDGE_PRESENT", "bridge.device", None)
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


def x_brctl_view__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect("bridge_present", "XXbridge.deviceXX", None)
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


def x_brctl_view__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.expect("bridge_present", "BRIDGE.DEVICE", None)
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


def x_brctl_view__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    mac = None
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


def x_brctl_view__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    mac = bridge.mac.replace(None, "")
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


def x_brctl_view__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    mac = bridge.mac.replace(":", None)
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


def x_brctl_view__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    mac = bridge.mac.replace("")
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


def x_brctl_view__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    mac = bridge.mac.replace(":", )
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


def x_brctl_view__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    mac = bridge.mac.replace("XX:XX", "")
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


def x_brctl_view__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    mac = bridge.mac.replace(":", "XXXX")
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


def x_brctl_view__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
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


def x_brctl_view__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
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


def x_brctl_view__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
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


def x_brctl_view__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=None,
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


def x_brctl_view__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        volatile=None,
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


def x_brctl_view__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_brctl_view__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_brctl_view__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_brctl_view__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_brctl_view__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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


def x_brctl_view__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "XXbridge_idXX",
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


def x_brctl_view__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "BRIDGE_ID",
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


def x_brctl_view__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "XXbridge.priorityXX",
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


def x_brctl_view__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "BRIDGE.PRIORITY",
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


def x_brctl_view__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        via=lambda priority: None,
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


def x_brctl_view__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        volatile=False,
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


def x_brctl_view__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect(None, "bridge.stp", bool(bridge.stp_state))
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


def x_brctl_view__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("stp_enabled", None, bool(bridge.stp_state))
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


def x_brctl_view__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("stp_enabled", "bridge.stp", None)
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


def x_brctl_view__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("bridge.stp", bool(bridge.stp_state))
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


def x_brctl_view__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("stp_enabled", bool(bridge.stp_state))
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


def x_brctl_view__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("stp_enabled", "bridge.stp", )
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


def x_brctl_view__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("XXstp_enabledXX", "bridge.stp", bool(bridge.stp_state))
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


def x_brctl_view__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("STP_ENABLED", "bridge.stp", bool(bridge.stp_state))
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


def x_brctl_view__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("stp_enabled", "XXbridge.stpXX", bool(bridge.stp_state))
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


def x_brctl_view__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("stp_enabled", "BRIDGE.STP", bool(bridge.stp_state))
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


def x_brctl_view__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.expect("stp_enabled", "bridge.stp", bool(None))
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


def x_brctl_view__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    earlier = None
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


def x_brctl_view__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    earlier = {p.name for p in seed.before.host.ports(None)}
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


def x_brctl_view__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    earlier = {p.name for p in seed.before.host.ports(seed.before.host.interface(None))}
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


def x_brctl_view__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    ports = None
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


def x_brctl_view__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    ports = [p.name for p in seed.during.host.ports(None)]
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


def x_brctl_view__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact(None, 2, len(set(ports) - earlier))
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


def x_brctl_view__mutmut_53(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("ports_added_by_two_containers", None, len(set(ports) - earlier))
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


def x_brctl_view__mutmut_54(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("ports_added_by_two_containers", 2, None)
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


def x_brctl_view__mutmut_55(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact(2, len(set(ports) - earlier))
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


def x_brctl_view__mutmut_56(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("ports_added_by_two_containers", len(set(ports) - earlier))
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


def x_brctl_view__mutmut_57(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("ports_added_by_two_containers", 2, )
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


def x_brctl_view__mutmut_58(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("XXports_added_by_two_containersXX", 2, len(set(ports) - earlier))
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


def x_brctl_view__mutmut_59(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("PORTS_ADDED_BY_TWO_CONTAINERS", 2, len(set(ports) - earlier))
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


def x_brctl_view__mutmut_60(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.fact("ports_added_by_two_containers", 3, len(set(ports) - earlier))
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


def x_brctl_view__mutmut_61(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note(None)
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


def x_brctl_view__mutmut_62(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("XXcontainers_namespaces_could_not_be_enteredXX")
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


def x_brctl_view__mutmut_63(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("CONTAINERS_NAMESPACES_COULD_NOT_BE_ENTERED")
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


def x_brctl_view__mutmut_64(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        ours = None
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


def x_brctl_view__mutmut_65(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        ours = {veth.name for view in seed.containers() if (veth := seed.host_end(None))}
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


def x_brctl_view__mutmut_66(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        if seed.activity and not seed.during.steady:  # others' ports come and go: judge ours only
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


def x_brctl_view__mutmut_67(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        if seed.activity or seed.during.steady:  # others' ports come and go: judge ours only
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


def x_brctl_view__mutmut_68(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly(None, ours, set(ports) & ours)
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


def x_brctl_view__mutmut_69(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly("busybox1_and_busybox2_veths_among_ports", None, set(ports) & ours)
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


def x_brctl_view__mutmut_70(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly("busybox1_and_busybox2_veths_among_ports", ours, None)
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


def x_brctl_view__mutmut_71(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly(ours, set(ports) & ours)
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


def x_brctl_view__mutmut_72(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly("busybox1_and_busybox2_veths_among_ports", set(ports) & ours)
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


def x_brctl_view__mutmut_73(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly("busybox1_and_busybox2_veths_among_ports", ours, )
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


def x_brctl_view__mutmut_74(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly("XXbusybox1_and_busybox2_veths_among_portsXX", ours, set(ports) & ours)
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


def x_brctl_view__mutmut_75(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly("BUSYBOX1_AND_BUSYBOX2_VETHS_AMONG_PORTS", ours, set(ports) & ours)
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


def x_brctl_view__mutmut_76(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly("busybox1_and_busybox2_veths_among_ports", ours, set(ports) | ours)
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


def x_brctl_view__mutmut_77(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly("busybox1_and_busybox2_veths_among_ports", ours, set(None) & ours)
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


def x_brctl_view__mutmut_78(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.note(None, activity=seed.activity, attempts=seed.attempts)
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


def x_brctl_view__mutmut_79(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.note("other_ports_were_not_judged", activity=None, attempts=seed.attempts)
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


def x_brctl_view__mutmut_80(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.note("other_ports_were_not_judged", activity=seed.activity, attempts=None)
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


def x_brctl_view__mutmut_81(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.note(activity=seed.activity, attempts=seed.attempts)
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


def x_brctl_view__mutmut_82(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.note("other_ports_were_not_judged", attempts=seed.attempts)
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


def x_brctl_view__mutmut_83(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.note("other_ports_were_not_judged", activity=seed.activity, )
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


def x_brctl_view__mutmut_84(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.note("XXother_ports_were_not_judgedXX", activity=seed.activity, attempts=seed.attempts)
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


def x_brctl_view__mutmut_85(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.note("OTHER_PORTS_WERE_NOT_JUDGED", activity=seed.activity, attempts=seed.attempts)
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


def x_brctl_view__mutmut_86(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly(None, earlier | ours, ports)
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


def x_brctl_view__mutmut_87(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly("interfaces", None, ports)
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


def x_brctl_view__mutmut_88(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly("interfaces", earlier | ours, None)
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


def x_brctl_view__mutmut_89(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly(earlier | ours, ports)
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


def x_brctl_view__mutmut_90(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly("interfaces", ports)
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


def x_brctl_view__mutmut_91(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly("interfaces", earlier | ours, )
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


def x_brctl_view__mutmut_92(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly("XXinterfacesXX", earlier | ours, ports)
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


def x_brctl_view__mutmut_93(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly("INTERFACES", earlier | ours, ports)
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


def x_brctl_view__mutmut_94(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            j.exactly("interfaces", earlier & ours, ports)
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


def x_brctl_view__mutmut_95(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    ports_now = None
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


def x_brctl_view__mutmut_96(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    ports_now = seed.during.host.ports(None)
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


def x_brctl_view__mutmut_97(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    engine_made = None
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


def x_brctl_view__mutmut_98(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    engine_made = re.compile(None)
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


def x_brctl_view__mutmut_99(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    foreign = None
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


def x_brctl_view__mutmut_100(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    foreign = sorted(None)
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


def x_brctl_view__mutmut_101(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    foreign = sorted(p.name for p in ports_now if p.kind != "veth" and not engine_made.fullmatch(p.name))
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


def x_brctl_view__mutmut_102(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    foreign = sorted(p.name for p in ports_now if p.kind == "veth" or not engine_made.fullmatch(p.name))
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


def x_brctl_view__mutmut_103(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    foreign = sorted(p.name for p in ports_now if p.kind != "XXvethXX" or not engine_made.fullmatch(p.name))
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


def x_brctl_view__mutmut_104(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    foreign = sorted(p.name for p in ports_now if p.kind != "VETH" or not engine_made.fullmatch(p.name))
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


def x_brctl_view__mutmut_105(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    foreign = sorted(p.name for p in ports_now if p.kind != "veth" or engine_made.fullmatch(p.name))
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


def x_brctl_view__mutmut_106(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    foreign = sorted(p.name for p in ports_now if p.kind != "veth" or not engine_made.fullmatch(None))
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


def x_brctl_view__mutmut_107(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact(None, [], foreign)
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


def x_brctl_view__mutmut_108(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("ports_that_are_no_container_veth", None, foreign)
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


def x_brctl_view__mutmut_109(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("ports_that_are_no_container_veth", [], None)
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


def x_brctl_view__mutmut_110(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact([], foreign)
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


def x_brctl_view__mutmut_111(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("ports_that_are_no_container_veth", foreign)
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


def x_brctl_view__mutmut_112(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("ports_that_are_no_container_veth", [], )
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


def x_brctl_view__mutmut_113(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("XXports_that_are_no_container_vethXX", [], foreign)
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


def x_brctl_view__mutmut_114(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    j.fact("PORTS_THAT_ARE_NO_CONTAINER_VETH", [], foreign)
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


def x_brctl_view__mutmut_115(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    if stale := sorted(None):
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


def x_brctl_view__mutmut_116(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    if stale := sorted(p.name for p in ports_now if p.name not in foreign or p.link_netnsid is None):
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


def x_brctl_view__mutmut_117(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    if stale := sorted(p.name for p in ports_now if p.name in foreign and p.link_netnsid is None):
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


def x_brctl_view__mutmut_118(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
    if stale := sorted(p.name for p in ports_now if p.name not in foreign and p.link_netnsid is not None):
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


def x_brctl_view__mutmut_119(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note(None, stale=", ".join(stale))
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


def x_brctl_view__mutmut_120(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("engine_veths_whose_container_namespace_gone", stale=None)
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


def x_brctl_view__mutmut_121(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note(stale=", ".join(stale))
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


def x_brctl_view__mutmut_122(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("engine_veths_whose_container_namespace_gone", )
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


def x_brctl_view__mutmut_123(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("XXengine_veths_whose_container_namespace_goneXX", stale=", ".join(stale))
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


def x_brctl_view__mutmut_124(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("ENGINE_VETHS_WHOSE_CONTAINER_NAMESPACE_GONE", stale=", ".join(stale))
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


def x_brctl_view__mutmut_125(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("engine_veths_whose_container_namespace_gone", stale=", ".join(None))
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


def x_brctl_view__mutmut_126(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("engine_veths_whose_container_namespace_gone", stale="XX, XX".join(stale))
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


def x_brctl_view__mutmut_127(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            None,
            "\n".join(p.summary() for p in seed.during.host.ports(bridge) if p.name in foreign),
        )
    if earlier:
        j.note("ports_already_on_bridge_before_run", earlier=", ".join(sorted(earlier)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_128(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            None,
        )
    if earlier:
        j.note("ports_already_on_bridge_before_run", earlier=", ".join(sorted(earlier)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_129(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            "\n".join(p.summary() for p in seed.during.host.ports(bridge) if p.name in foreign),
        )
    if earlier:
        j.note("ports_already_on_bridge_before_run", earlier=", ".join(sorted(earlier)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_130(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            )
    if earlier:
        j.note("ports_already_on_bridge_before_run", earlier=", ".join(sorted(earlier)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_131(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            "ip -d link show master " - bridge.name,
            "\n".join(p.summary() for p in seed.during.host.ports(bridge) if p.name in foreign),
        )
    if earlier:
        j.note("ports_already_on_bridge_before_run", earlier=", ".join(sorted(earlier)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_132(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            "XXip -d link show master XX" + bridge.name,
            "\n".join(p.summary() for p in seed.during.host.ports(bridge) if p.name in foreign),
        )
    if earlier:
        j.note("ports_already_on_bridge_before_run", earlier=", ".join(sorted(earlier)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_133(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            "IP -D LINK SHOW MASTER " + bridge.name,
            "\n".join(p.summary() for p in seed.during.host.ports(bridge) if p.name in foreign),
        )
    if earlier:
        j.note("ports_already_on_bridge_before_run", earlier=", ".join(sorted(earlier)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_134(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            "\n".join(None),
        )
    if earlier:
        j.note("ports_already_on_bridge_before_run", earlier=", ".join(sorted(earlier)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_135(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            "XX\nXX".join(p.summary() for p in seed.during.host.ports(bridge) if p.name in foreign),
        )
    if earlier:
        j.note("ports_already_on_bridge_before_run", earlier=", ".join(sorted(earlier)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_136(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            "\n".join(p.summary() for p in seed.during.host.ports(None) if p.name in foreign),
        )
    if earlier:
        j.note("ports_already_on_bridge_before_run", earlier=", ".join(sorted(earlier)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_137(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
            "\n".join(p.summary() for p in seed.during.host.ports(bridge) if p.name not in foreign),
        )
    if earlier:
        j.note("ports_already_on_bridge_before_run", earlier=", ".join(sorted(earlier)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_138(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note(None, earlier=", ".join(sorted(earlier)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_139(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("ports_already_on_bridge_before_run", earlier=None)
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_140(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note(earlier=", ".join(sorted(earlier)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_141(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("ports_already_on_bridge_before_run", )
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_142(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("XXports_already_on_bridge_before_runXX", earlier=", ".join(sorted(earlier)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_143(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("PORTS_ALREADY_ON_BRIDGE_BEFORE_RUN", earlier=", ".join(sorted(earlier)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_144(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("ports_already_on_bridge_before_run", earlier=", ".join(None))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_145(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("ports_already_on_bridge_before_run", earlier="XX, XX".join(sorted(earlier)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_146(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        j.note("ports_already_on_bridge_before_run", earlier=", ".join(sorted(None)))
    j.attach(
        "brctl show (netlink)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_147(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_148(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        None,
    )


def x_brctl_view__mutmut_149(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_150(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        )


def x_brctl_view__mutmut_151(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "XXbrctl show (netlink)XX",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_152(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        "BRCTL SHOW (NETLINK)",
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_153(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if (bridge.stp_state) and False else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_154(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if (bridge.stp_state) or True else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_155(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        f"{bridge.name}\t{bridge.bridge_id}\t{'XXyesXX' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_156(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        f"{bridge.name}\t{bridge.bridge_id}\t{'YES' if bridge.stp_state else 'no'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_157(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'XXnoXX'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_158(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'NO'}\t{' '.join(ports)}",
    )


def x_brctl_view__mutmut_159(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{' '.join(None)}",
    )


def x_brctl_view__mutmut_160(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
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
        f"{bridge.name}\t{bridge.bridge_id}\t{'yes' if bridge.stp_state else 'no'}\t{'XX XX'.join(ports)}",
    )

mutants_x_brctl_view__mutmut['_mutmut_orig'] = x_brctl_view__mutmut_orig # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_1'] = x_brctl_view__mutmut_1 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_2'] = x_brctl_view__mutmut_2 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_3'] = x_brctl_view__mutmut_3 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_4'] = x_brctl_view__mutmut_4 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_5'] = x_brctl_view__mutmut_5 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_6'] = x_brctl_view__mutmut_6 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_7'] = x_brctl_view__mutmut_7 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_8'] = x_brctl_view__mutmut_8 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_9'] = x_brctl_view__mutmut_9 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_10'] = x_brctl_view__mutmut_10 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_11'] = x_brctl_view__mutmut_11 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_12'] = x_brctl_view__mutmut_12 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_13'] = x_brctl_view__mutmut_13 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_14'] = x_brctl_view__mutmut_14 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_15'] = x_brctl_view__mutmut_15 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_16'] = x_brctl_view__mutmut_16 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_17'] = x_brctl_view__mutmut_17 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_18'] = x_brctl_view__mutmut_18 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_19'] = x_brctl_view__mutmut_19 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_20'] = x_brctl_view__mutmut_20 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_21'] = x_brctl_view__mutmut_21 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_22'] = x_brctl_view__mutmut_22 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_23'] = x_brctl_view__mutmut_23 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_24'] = x_brctl_view__mutmut_24 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_25'] = x_brctl_view__mutmut_25 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_26'] = x_brctl_view__mutmut_26 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_27'] = x_brctl_view__mutmut_27 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_28'] = x_brctl_view__mutmut_28 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_29'] = x_brctl_view__mutmut_29 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_30'] = x_brctl_view__mutmut_30 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_31'] = x_brctl_view__mutmut_31 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_32'] = x_brctl_view__mutmut_32 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_33'] = x_brctl_view__mutmut_33 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_34'] = x_brctl_view__mutmut_34 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_35'] = x_brctl_view__mutmut_35 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_36'] = x_brctl_view__mutmut_36 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_37'] = x_brctl_view__mutmut_37 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_38'] = x_brctl_view__mutmut_38 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_39'] = x_brctl_view__mutmut_39 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_40'] = x_brctl_view__mutmut_40 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_41'] = x_brctl_view__mutmut_41 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_42'] = x_brctl_view__mutmut_42 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_43'] = x_brctl_view__mutmut_43 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_44'] = x_brctl_view__mutmut_44 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_45'] = x_brctl_view__mutmut_45 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_46'] = x_brctl_view__mutmut_46 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_47'] = x_brctl_view__mutmut_47 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_48'] = x_brctl_view__mutmut_48 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_49'] = x_brctl_view__mutmut_49 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_50'] = x_brctl_view__mutmut_50 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_51'] = x_brctl_view__mutmut_51 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_52'] = x_brctl_view__mutmut_52 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_53'] = x_brctl_view__mutmut_53 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_54'] = x_brctl_view__mutmut_54 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_55'] = x_brctl_view__mutmut_55 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_56'] = x_brctl_view__mutmut_56 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_57'] = x_brctl_view__mutmut_57 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_58'] = x_brctl_view__mutmut_58 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_59'] = x_brctl_view__mutmut_59 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_60'] = x_brctl_view__mutmut_60 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_61'] = x_brctl_view__mutmut_61 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_62'] = x_brctl_view__mutmut_62 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_63'] = x_brctl_view__mutmut_63 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_64'] = x_brctl_view__mutmut_64 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_65'] = x_brctl_view__mutmut_65 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_66'] = x_brctl_view__mutmut_66 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_67'] = x_brctl_view__mutmut_67 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_68'] = x_brctl_view__mutmut_68 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_69'] = x_brctl_view__mutmut_69 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_70'] = x_brctl_view__mutmut_70 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_71'] = x_brctl_view__mutmut_71 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_72'] = x_brctl_view__mutmut_72 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_73'] = x_brctl_view__mutmut_73 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_74'] = x_brctl_view__mutmut_74 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_75'] = x_brctl_view__mutmut_75 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_76'] = x_brctl_view__mutmut_76 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_77'] = x_brctl_view__mutmut_77 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_78'] = x_brctl_view__mutmut_78 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_79'] = x_brctl_view__mutmut_79 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_80'] = x_brctl_view__mutmut_80 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_81'] = x_brctl_view__mutmut_81 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_82'] = x_brctl_view__mutmut_82 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_83'] = x_brctl_view__mutmut_83 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_84'] = x_brctl_view__mutmut_84 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_85'] = x_brctl_view__mutmut_85 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_86'] = x_brctl_view__mutmut_86 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_87'] = x_brctl_view__mutmut_87 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_88'] = x_brctl_view__mutmut_88 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_89'] = x_brctl_view__mutmut_89 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_90'] = x_brctl_view__mutmut_90 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_91'] = x_brctl_view__mutmut_91 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_92'] = x_brctl_view__mutmut_92 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_93'] = x_brctl_view__mutmut_93 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_94'] = x_brctl_view__mutmut_94 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_95'] = x_brctl_view__mutmut_95 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_96'] = x_brctl_view__mutmut_96 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_97'] = x_brctl_view__mutmut_97 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_98'] = x_brctl_view__mutmut_98 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_99'] = x_brctl_view__mutmut_99 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_100'] = x_brctl_view__mutmut_100 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_101'] = x_brctl_view__mutmut_101 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_102'] = x_brctl_view__mutmut_102 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_103'] = x_brctl_view__mutmut_103 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_104'] = x_brctl_view__mutmut_104 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_105'] = x_brctl_view__mutmut_105 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_106'] = x_brctl_view__mutmut_106 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_107'] = x_brctl_view__mutmut_107 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_108'] = x_brctl_view__mutmut_108 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_109'] = x_brctl_view__mutmut_109 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_110'] = x_brctl_view__mutmut_110 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_111'] = x_brctl_view__mutmut_111 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_112'] = x_brctl_view__mutmut_112 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_113'] = x_brctl_view__mutmut_113 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_114'] = x_brctl_view__mutmut_114 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_115'] = x_brctl_view__mutmut_115 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_116'] = x_brctl_view__mutmut_116 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_117'] = x_brctl_view__mutmut_117 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_118'] = x_brctl_view__mutmut_118 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_119'] = x_brctl_view__mutmut_119 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_120'] = x_brctl_view__mutmut_120 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_121'] = x_brctl_view__mutmut_121 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_122'] = x_brctl_view__mutmut_122 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_123'] = x_brctl_view__mutmut_123 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_124'] = x_brctl_view__mutmut_124 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_125'] = x_brctl_view__mutmut_125 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_126'] = x_brctl_view__mutmut_126 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_127'] = x_brctl_view__mutmut_127 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_128'] = x_brctl_view__mutmut_128 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_129'] = x_brctl_view__mutmut_129 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_130'] = x_brctl_view__mutmut_130 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_131'] = x_brctl_view__mutmut_131 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_132'] = x_brctl_view__mutmut_132 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_133'] = x_brctl_view__mutmut_133 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_134'] = x_brctl_view__mutmut_134 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_135'] = x_brctl_view__mutmut_135 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_136'] = x_brctl_view__mutmut_136 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_137'] = x_brctl_view__mutmut_137 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_138'] = x_brctl_view__mutmut_138 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_139'] = x_brctl_view__mutmut_139 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_140'] = x_brctl_view__mutmut_140 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_141'] = x_brctl_view__mutmut_141 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_142'] = x_brctl_view__mutmut_142 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_143'] = x_brctl_view__mutmut_143 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_144'] = x_brctl_view__mutmut_144 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_145'] = x_brctl_view__mutmut_145 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_146'] = x_brctl_view__mutmut_146 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_147'] = x_brctl_view__mutmut_147 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_148'] = x_brctl_view__mutmut_148 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_149'] = x_brctl_view__mutmut_149 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_150'] = x_brctl_view__mutmut_150 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_151'] = x_brctl_view__mutmut_151 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_152'] = x_brctl_view__mutmut_152 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_153'] = x_brctl_view__mutmut_153 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_154'] = x_brctl_view__mutmut_154 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_155'] = x_brctl_view__mutmut_155 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_156'] = x_brctl_view__mutmut_156 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_157'] = x_brctl_view__mutmut_157 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_158'] = x_brctl_view__mutmut_158 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_159'] = x_brctl_view__mutmut_159 # type: ignore # mutmut generated
mutants_x_brctl_view__mutmut['x_brctl_view__mutmut_160'] = x_brctl_view__mutmut_160 # type: ignore # mutmut generated


claim("S-BRCTL-1", observes="seed", part="bridge")(brctl_view)
