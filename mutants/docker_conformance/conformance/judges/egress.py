"""S-EGRESS-1: what leaves the bridge goes through docker0 and is masqueraded to the host."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement, Unobservable
from docker_conformance.conformance.judges.shared import acted, seen
from docker_conformance.conformance.model.seed import SeedObservation

family(__name__, "EGRESS", "The gateway", "게이트웨이")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_masqueraded_through_docker0__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_masqueraded_through_docker0__mutmut)
def masqueraded_through_docker0(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = None
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is not None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable(None, limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=None)
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable(limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", )
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("XXno_outside_namespaceXX", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("NO_OUTSIDE_NAMESPACE", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(None))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = None
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen(None, out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", None), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen(out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", ), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("XXthe container's addressXX", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("THE CONTAINER'S ADDRESS", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen(None, out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", None)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen(out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", )
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("XXthe outsideXX", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("THE OUTSIDE", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen(None, out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", None)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen(out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", )
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("XXthe host's addressXX", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("THE HOST'S ADDRESS", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        None,
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        None,
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=None,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=None,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "XXpackets_seen_onXX",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "PACKETS_SEEN_ON",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "XXbridge.deviceXX",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "BRIDGE.DEVICE",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if (out.packets_on_bridge) and False else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if (out.packets_on_bridge) or True else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen(None, out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", None) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen(out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", ) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("XXthe capture's deviceXX", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("THE CAPTURE'S DEVICE", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade or out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_53(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is not None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_54(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = None
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_55(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") and ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_56(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") and profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_57(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get(None) or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_58(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("XXegress.masqueradeXX") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_59(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("EGRESS.MASQUERADE") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_60(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get(None) or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_61(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("XXegress.masqueradeXX") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_62(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("EGRESS.MASQUERADE") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_63(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or "XXXX"
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_64(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge(None, off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_65(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=None)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_66(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge(off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_67(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", )
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_68(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("XXfar_side_saw_no_connection_withXX", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_69(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("FAR_SIDE_SAW_NO_CONNECTION_WITH", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_70(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            None,
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_71(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            None,
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_72(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            None,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_73(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=None,
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_74(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=None,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_75(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_76(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_77(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_78(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_79(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_80(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "XXfar_side_sees_host_address_masqueradeXX",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_81(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "FAR_SIDE_SEES_HOST_ADDRESS_MASQUERADE",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_82(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "XXegress.masqueradeXX",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_83(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "EGRESS.MASQUERADE",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_84(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen != (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_85(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if (profile.egress.masquerade) and False else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_86(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if (profile.egress.masquerade) or True else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_87(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: None,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_88(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if (masquerade) and False else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_89(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if (masquerade) or True else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_90(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(None)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_91(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact(None, "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_92(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", None, out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_93(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", None)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_94(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_95(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_96(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", )
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_97(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("XXfar_side_received_payloadXX", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_98(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("FAR_SIDE_RECEIVED_PAYLOAD", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_99(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "XXconformanceXX", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_100(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "CONFORMANCE", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_101(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect(None, "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_102(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", None, out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_103(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_104(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_105(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_106(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", )
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_107(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("XXttl_reply_one_routed_hopXX", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_108(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("TTL_REPLY_ONE_ROUTED_HOP", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_109(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "XXegress.routed_ttlXX", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_110(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "EGRESS.ROUTED_TTL", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_111(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if (out.ping.ttls) and False else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_112(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if (out.ping.ttls) or True else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_113(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[1] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_114(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(None, "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_115(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", None)
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_116(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach("\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_117(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", )
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_118(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) and "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_119(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(None) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_120(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "XX\nXX".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_121(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "XXnothingXX")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_122(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "NOTHING")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_123(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(None, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_124(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, None)
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_125(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_126(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, )
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_127(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(None, out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_128(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, None)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_129(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.output)
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_130(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, )
    j.attach(
        "the outside", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_131(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        None, f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_132(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", None
    )


def x_masqueraded_through_docker0__mutmut_133(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_134(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "the outside", )


def x_masqueraded_through_docker0__mutmut_135(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "XXthe outsideXX", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )


def x_masqueraded_through_docker0__mutmut_136(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Every packet a container sends off the bridge leaves through docker0 and is masqueraded to the host.

    Documented: the packet is seen on {bridge.device}; the far side sees the host's address (masquerade:
        {egress.masquerade}), not the container's; one routed hop (reply TTL {egress.routed_ttl})
    Ko documented: 패킷이 {bridge.device}에 보인다; 건너편은 컨테이너가 아니라 호스트의 주소를 본다
        (마스커레이드: {egress.masquerade}); 라우팅 한 단계 (응답 TTL {egress.routed_ttl})
    By hand: docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; tcpdump -ni docker0
        host 198.51.100.2
    Title: Traffic leaving the bridge crosses {bridge.device}, masqueraded to the host
    Ko: 컨테이너가 브리지 밖으로 보내는 모든 패킷은 docker0를 거쳐 나가며 호스트 주소로 마스커레이드된다.
    Ko title: 브리지를 떠나는 트래픽은 {bridge.device}를 거쳐 호스트 주소로 마스커레이드된다
    Seed: 결국 컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것을 확인할 수 있다.
    Not applicable with: ip-forward=false
    """
    out = seed.egress
    if out is None:
        raise Unobservable("no_outside_namespace", limits=list(seed.limits))
    source, outside = seen("the container's address", out.source), seen("the outside", out.outside)
    seen("the host's address", out.host_address)
    j.expect(  # where they were captured, which the claim names: not merely that they were
        "packets_seen_on",
        "bridge.device",
        seen("the capture's device", out.device) if out.packets_on_bridge else None,
        source=source,
        outside=outside,
    )
    if not profile.egress.masquerade and out.peer_seen is None:  # `ip-masq: false` or `iptables: false`
        # the outside has no route back to a container's own address, so no connection completes:
        # nothing arriving proves nothing, and is never taken for the container's own address
        off = profile.settings.get("egress.masquerade") or profile.changed.get("egress.masquerade") or ""
        j.cannot_judge("far_side_saw_no_connection_with", off=off)
    else:
        j.expect(
            "far_side_sees_host_address_masquerade",
            "egress.masquerade",
            out.peer_seen,
            holds=out.peer_seen == (out.host_address if profile.egress.masquerade else out.source),
            via=lambda masquerade: out.host_address if masquerade else out.source,
        )
    if profile.egress.masquerade:
        acted(out.ping)
        j.fact("far_side_received_payload", "conformance", out.payload)
        j.expect("ttl_reply_one_routed_hop", "egress.routed_ttl", out.ping.ttls[0] if out.ping.ttls else None)
    j.attach(f"captured on {out.device}", "\n".join(out.packets_on_bridge) or "nothing")
    j.attach(out.nc.command, f"exit {out.nc.exit_code}\n{out.nc.output}")
    j.attach(out.ping.exec.command, out.ping.exec.output)
    j.attach(
        "THE OUTSIDE", f"{out.host_veth} {out.host_address} <-> {out.outside} (namespace made by the suite)"
    )

mutants_x_masqueraded_through_docker0__mutmut['_mutmut_orig'] = x_masqueraded_through_docker0__mutmut_orig # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_1'] = x_masqueraded_through_docker0__mutmut_1 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_2'] = x_masqueraded_through_docker0__mutmut_2 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_3'] = x_masqueraded_through_docker0__mutmut_3 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_4'] = x_masqueraded_through_docker0__mutmut_4 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_5'] = x_masqueraded_through_docker0__mutmut_5 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_6'] = x_masqueraded_through_docker0__mutmut_6 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_7'] = x_masqueraded_through_docker0__mutmut_7 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_8'] = x_masqueraded_through_docker0__mutmut_8 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_9'] = x_masqueraded_through_docker0__mutmut_9 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_10'] = x_masqueraded_through_docker0__mutmut_10 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_11'] = x_masqueraded_through_docker0__mutmut_11 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_12'] = x_masqueraded_through_docker0__mutmut_12 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_13'] = x_masqueraded_through_docker0__mutmut_13 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_14'] = x_masqueraded_through_docker0__mutmut_14 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_15'] = x_masqueraded_through_docker0__mutmut_15 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_16'] = x_masqueraded_through_docker0__mutmut_16 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_17'] = x_masqueraded_through_docker0__mutmut_17 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_18'] = x_masqueraded_through_docker0__mutmut_18 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_19'] = x_masqueraded_through_docker0__mutmut_19 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_20'] = x_masqueraded_through_docker0__mutmut_20 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_21'] = x_masqueraded_through_docker0__mutmut_21 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_22'] = x_masqueraded_through_docker0__mutmut_22 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_23'] = x_masqueraded_through_docker0__mutmut_23 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_24'] = x_masqueraded_through_docker0__mutmut_24 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_25'] = x_masqueraded_through_docker0__mutmut_25 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_26'] = x_masqueraded_through_docker0__mutmut_26 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_27'] = x_masqueraded_through_docker0__mutmut_27 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_28'] = x_masqueraded_through_docker0__mutmut_28 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_29'] = x_masqueraded_through_docker0__mutmut_29 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_30'] = x_masqueraded_through_docker0__mutmut_30 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_31'] = x_masqueraded_through_docker0__mutmut_31 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_32'] = x_masqueraded_through_docker0__mutmut_32 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_33'] = x_masqueraded_through_docker0__mutmut_33 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_34'] = x_masqueraded_through_docker0__mutmut_34 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_35'] = x_masqueraded_through_docker0__mutmut_35 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_36'] = x_masqueraded_through_docker0__mutmut_36 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_37'] = x_masqueraded_through_docker0__mutmut_37 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_38'] = x_masqueraded_through_docker0__mutmut_38 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_39'] = x_masqueraded_through_docker0__mutmut_39 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_40'] = x_masqueraded_through_docker0__mutmut_40 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_41'] = x_masqueraded_through_docker0__mutmut_41 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_42'] = x_masqueraded_through_docker0__mutmut_42 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_43'] = x_masqueraded_through_docker0__mutmut_43 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_44'] = x_masqueraded_through_docker0__mutmut_44 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_45'] = x_masqueraded_through_docker0__mutmut_45 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_46'] = x_masqueraded_through_docker0__mutmut_46 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_47'] = x_masqueraded_through_docker0__mutmut_47 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_48'] = x_masqueraded_through_docker0__mutmut_48 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_49'] = x_masqueraded_through_docker0__mutmut_49 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_50'] = x_masqueraded_through_docker0__mutmut_50 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_51'] = x_masqueraded_through_docker0__mutmut_51 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_52'] = x_masqueraded_through_docker0__mutmut_52 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_53'] = x_masqueraded_through_docker0__mutmut_53 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_54'] = x_masqueraded_through_docker0__mutmut_54 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_55'] = x_masqueraded_through_docker0__mutmut_55 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_56'] = x_masqueraded_through_docker0__mutmut_56 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_57'] = x_masqueraded_through_docker0__mutmut_57 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_58'] = x_masqueraded_through_docker0__mutmut_58 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_59'] = x_masqueraded_through_docker0__mutmut_59 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_60'] = x_masqueraded_through_docker0__mutmut_60 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_61'] = x_masqueraded_through_docker0__mutmut_61 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_62'] = x_masqueraded_through_docker0__mutmut_62 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_63'] = x_masqueraded_through_docker0__mutmut_63 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_64'] = x_masqueraded_through_docker0__mutmut_64 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_65'] = x_masqueraded_through_docker0__mutmut_65 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_66'] = x_masqueraded_through_docker0__mutmut_66 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_67'] = x_masqueraded_through_docker0__mutmut_67 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_68'] = x_masqueraded_through_docker0__mutmut_68 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_69'] = x_masqueraded_through_docker0__mutmut_69 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_70'] = x_masqueraded_through_docker0__mutmut_70 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_71'] = x_masqueraded_through_docker0__mutmut_71 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_72'] = x_masqueraded_through_docker0__mutmut_72 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_73'] = x_masqueraded_through_docker0__mutmut_73 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_74'] = x_masqueraded_through_docker0__mutmut_74 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_75'] = x_masqueraded_through_docker0__mutmut_75 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_76'] = x_masqueraded_through_docker0__mutmut_76 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_77'] = x_masqueraded_through_docker0__mutmut_77 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_78'] = x_masqueraded_through_docker0__mutmut_78 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_79'] = x_masqueraded_through_docker0__mutmut_79 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_80'] = x_masqueraded_through_docker0__mutmut_80 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_81'] = x_masqueraded_through_docker0__mutmut_81 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_82'] = x_masqueraded_through_docker0__mutmut_82 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_83'] = x_masqueraded_through_docker0__mutmut_83 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_84'] = x_masqueraded_through_docker0__mutmut_84 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_85'] = x_masqueraded_through_docker0__mutmut_85 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_86'] = x_masqueraded_through_docker0__mutmut_86 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_87'] = x_masqueraded_through_docker0__mutmut_87 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_88'] = x_masqueraded_through_docker0__mutmut_88 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_89'] = x_masqueraded_through_docker0__mutmut_89 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_90'] = x_masqueraded_through_docker0__mutmut_90 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_91'] = x_masqueraded_through_docker0__mutmut_91 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_92'] = x_masqueraded_through_docker0__mutmut_92 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_93'] = x_masqueraded_through_docker0__mutmut_93 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_94'] = x_masqueraded_through_docker0__mutmut_94 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_95'] = x_masqueraded_through_docker0__mutmut_95 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_96'] = x_masqueraded_through_docker0__mutmut_96 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_97'] = x_masqueraded_through_docker0__mutmut_97 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_98'] = x_masqueraded_through_docker0__mutmut_98 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_99'] = x_masqueraded_through_docker0__mutmut_99 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_100'] = x_masqueraded_through_docker0__mutmut_100 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_101'] = x_masqueraded_through_docker0__mutmut_101 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_102'] = x_masqueraded_through_docker0__mutmut_102 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_103'] = x_masqueraded_through_docker0__mutmut_103 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_104'] = x_masqueraded_through_docker0__mutmut_104 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_105'] = x_masqueraded_through_docker0__mutmut_105 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_106'] = x_masqueraded_through_docker0__mutmut_106 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_107'] = x_masqueraded_through_docker0__mutmut_107 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_108'] = x_masqueraded_through_docker0__mutmut_108 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_109'] = x_masqueraded_through_docker0__mutmut_109 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_110'] = x_masqueraded_through_docker0__mutmut_110 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_111'] = x_masqueraded_through_docker0__mutmut_111 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_112'] = x_masqueraded_through_docker0__mutmut_112 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_113'] = x_masqueraded_through_docker0__mutmut_113 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_114'] = x_masqueraded_through_docker0__mutmut_114 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_115'] = x_masqueraded_through_docker0__mutmut_115 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_116'] = x_masqueraded_through_docker0__mutmut_116 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_117'] = x_masqueraded_through_docker0__mutmut_117 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_118'] = x_masqueraded_through_docker0__mutmut_118 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_119'] = x_masqueraded_through_docker0__mutmut_119 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_120'] = x_masqueraded_through_docker0__mutmut_120 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_121'] = x_masqueraded_through_docker0__mutmut_121 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_122'] = x_masqueraded_through_docker0__mutmut_122 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_123'] = x_masqueraded_through_docker0__mutmut_123 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_124'] = x_masqueraded_through_docker0__mutmut_124 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_125'] = x_masqueraded_through_docker0__mutmut_125 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_126'] = x_masqueraded_through_docker0__mutmut_126 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_127'] = x_masqueraded_through_docker0__mutmut_127 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_128'] = x_masqueraded_through_docker0__mutmut_128 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_129'] = x_masqueraded_through_docker0__mutmut_129 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_130'] = x_masqueraded_through_docker0__mutmut_130 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_131'] = x_masqueraded_through_docker0__mutmut_131 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_132'] = x_masqueraded_through_docker0__mutmut_132 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_133'] = x_masqueraded_through_docker0__mutmut_133 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_134'] = x_masqueraded_through_docker0__mutmut_134 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_135'] = x_masqueraded_through_docker0__mutmut_135 # type: ignore # mutmut generated
mutants_x_masqueraded_through_docker0__mutmut['x_masqueraded_through_docker0__mutmut_136'] = x_masqueraded_through_docker0__mutmut_136 # type: ignore # mutmut generated


claim("S-EGRESS-1", observes="seed", part="egress")(masqueraded_through_docker0)
