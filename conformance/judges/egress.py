"""S-EGRESS-1: what leaves the bridge goes through docker0 and is masqueraded to the host."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement, Unobservable
from docker_conformance.conformance.judges.shared import acted, seen
from docker_conformance.conformance.model.seed import SeedObservation

family(__name__, "EGRESS", "The gateway", "게이트웨이")


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


claim("S-EGRESS-1", observes="seed", part="egress")(masqueraded_through_docker0)
