"""D-GWM-*: the bridge network's gateway modes and trusted host interfaces."""

from __future__ import annotations

from conformance.declaration import claim, family
from conformance.judges.shared import acted
from conformance.model.gateway_modes import GatewayModes, ModeNetwork
from conformance.model.reachability import Attempt
from conformance.profile import Profile
from conformance.verdict import Judgement, Unobservable

family(__name__, "GWM", "Gateway modes and trusted interfaces", "게이트웨이 모드와 신뢰하는 인터페이스")

def _network(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        why = profile.changed.get(key, "the profile says this engine does not document it")
        why_ko = profile.changed_ko.get(key, "프로파일에 따르면 이 엔진은 이를 문서화하지 않는다")
        raise Unobservable(f"the engine predates {mode} ({why})", f"엔진이 {mode}보다 오래되었다 ({why_ko})")
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable(
            f"no {mode} network was made in this observation",
            f"이 관찰에서는 {mode} 네트워크를 만들지 않았다",
        )
    j.fact(
        f"the engine makes a network with {mode}",
        "",
        network.refused,
        ko=f"엔진이 {mode} 네트워크를 만드는가 (거절한 이유)",
    )
    return network


def _sent(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None in attempts:
        raise Unobservable("this observation lacks the outside's tries", "이 관찰에는 바깥쪽의 시도가 없다")
    tried = [a for a in attempts if a is not None]
    for a in tried:
        if not a.sent:
            raise Unobservable(
                f"the probe could not act: the outside's try at {a.target} was not sent ({a.error})",
                f"검사가 동작하지 못했다: 바깥쪽의 {a.target} 시도를 보내지 못했다 ({a.error})",
            )
    return tried


def _ports(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("the outside at <container address>:8080 (published)", "reached", published.word,
           ko="바깥쪽이 <container address>:8080(공개)에")  # fmt: skip
    j.fact("the outside at <container address>:8081 (unpublished)", unpublished, closed.word,
           ko="바깥쪽이 <container address>:8081(공개하지 않음)에")  # fmt: skip


def _tries(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = (network.published, network.unpublished, network.untrusted, network.host_port)
    j.attach("the tries", "\n".join(a.line() for a in tries if a))
    j.attach(
        "the outsides",
        f"{gwm.outside} on {gwm.outside_link}, routed through this host's {gwm.host_address}; "
        f"{gwm.second_outside} on a link of its own; network options {network.options}",
    )


@claim("D-GWM-1", observes="gateway_modes")
def routed(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact(
        "the address the outside saw the container come from (no masquerade)",
        network.address,
        network.egress_peer,
        ko="바깥쪽이 본 컨테이너의 출발 주소 (마스커레이드 없음)",
    )
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            f"the outside at <host address>:{network.host_port.target.rsplit(':', 1)[-1]} (the HostPort "
            "inspect shows)",
            "blocked",
            _sent(network.host_port)[0].word,
            ko="바깥쪽이 <host address>:(inspect가 보여 주는 HostPort)에",
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


@claim("D-GWM-2", observes="gateway_modes")
def nat_unprotected(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


@claim("D-GWM-3", observes="gateway_modes")
def isolated(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(f"{network.bridge}'s IPv4 addresses", (), network.bridge_addresses,
           ko=f"{network.bridge}의 IPv4 주소")  # fmt: skip
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this observation has no tries inside the isolated network",
                           "이 관찰에는 isolated 네트워크 안의 시도가 없다")  # fmt: skip
    acted(network.peer)
    j.fact("g1 -> g2 replies", network.peer.transmitted, network.peer.received, ko="g1 -> g2 응답")
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1's default route", None, gateway, ko="g1의 기본 경로")
    j.fact(f"the outside ({gwm.outside}) saw a connection", None, network.egress_peer,
           ko=f"바깥쪽({gwm.outside})이 연결을 보았는가")  # fmt: skip
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


@claim("D-GWM-4", observes="gateway_modes")
def trusted_interfaces(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    j.fact(
        f"the outside on the trusted link {gwm.outside_link} at <container address>:8080",
        "reached",
        published.word,
        ko=f"신뢰하는 링크 {gwm.outside_link}의 바깥쪽이 <container address>:8080에",
    )
    j.expect(
        "the second outside, on another link, at <container address>:8080",
        "gateway_modes.untrusted",
        untrusted.word,
        ko="다른 링크의 두 번째 바깥쪽이 <container address>:8080에",
    )
    _tries(j, network, gwm)
