"""D-ICC-1, D-IP-1, D-MTU-1: a user network's options: ICC, addressing, MTU."""

from __future__ import annotations

import ipaddress

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.judges.shared import acted, refused_for, seen_keys
from docker_conformance.conformance.model.netns import Link, ipam_config
from docker_conformance.conformance.model.scenarios import CustomNetwork

family(__name__, "ICC", "Network options", "네트워크 옵션")
family(__name__, "IP", "Network options", "네트워크 옵션")
family(__name__, "MTU", "Network options", "네트워크 옵션")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__with_address__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__with_address__mutmut)
def _with_address(links: tuple[Link, ...], address: str) -> Link | None:
    return next((link for link in links if any(a.address == address for a in link.addresses)), None)


def x__with_address__mutmut_orig(links: tuple[Link, ...], address: str) -> Link | None:
    return next((link for link in links if any(a.address == address for a in link.addresses)), None)


def x__with_address__mutmut_1(links: tuple[Link, ...], address: str) -> Link | None:
    return next(None, None)


def x__with_address__mutmut_2(links: tuple[Link, ...], address: str) -> Link | None:
    return next(None)


def x__with_address__mutmut_3(links: tuple[Link, ...], address: str) -> Link | None:
    return next((link for link in links if any(a.address == address for a in link.addresses)), )


def x__with_address__mutmut_4(links: tuple[Link, ...], address: str) -> Link | None:
    return next((link for link in links if any(None)), None)


def x__with_address__mutmut_5(links: tuple[Link, ...], address: str) -> Link | None:
    return next((link for link in links if any(a.address != address for a in link.addresses)), None)

mutants_x__with_address__mutmut['_mutmut_orig'] = x__with_address__mutmut_orig # type: ignore # mutmut generated
mutants_x__with_address__mutmut['x__with_address__mutmut_1'] = x__with_address__mutmut_1 # type: ignore # mutmut generated
mutants_x__with_address__mutmut['x__with_address__mutmut_2'] = x__with_address__mutmut_2 # type: ignore # mutmut generated
mutants_x__with_address__mutmut['x__with_address__mutmut_3'] = x__with_address__mutmut_3 # type: ignore # mutmut generated
mutants_x__with_address__mutmut['x__with_address__mutmut_4'] = x__with_address__mutmut_4 # type: ignore # mutmut generated
mutants_x__with_address__mutmut['x__with_address__mutmut_5'] = x__with_address__mutmut_5 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_icc_off__mutmut)
def icc_off(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_orig(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_1(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        None,
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_2(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        None,
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_3(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        None,
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_4(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_5(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_6(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_7(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_8(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_9(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "XXnetwork_option_enable_iccXX",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_10(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "NETWORK_OPTION_ENABLE_ICC",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_11(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "XXicc.blockedXX",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_12(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "ICC.BLOCKED",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_13(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get(None),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_14(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") and {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_15(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get(None) or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_16(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("XXOptionsXX") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_17(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_18(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("OPTIONS") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_19(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("XXcom.docker.network.bridge.enable_iccXX"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_20(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("COM.DOCKER.NETWORK.BRIDGE.ENABLE_ICC"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_21(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_22(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if (blocked) and False else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_23(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if (blocked) or True else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_24(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "XXfalseXX" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_25(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "FALSE" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_26(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(None, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_27(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, None, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_28(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, None)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_29(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_30(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_31(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, )
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_32(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect(None, "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_33(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", None, net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_34(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", None, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_35(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=None)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_36(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_37(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_38(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_39(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, )
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_40(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("XXw1_w2_on_enable_icc_falseXX", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_41(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("W1_W2_ON_ENABLE_ICC_FALSE", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_42(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "XXicc.blockedXX", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_43(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "ICC.BLOCKED", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_44(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received >= 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_45(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 1, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_46(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: None)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_47(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_48(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact(None, True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_49(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", None, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_50(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, None)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_51(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact(True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_52(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_53(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, )
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_54(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("XXw1_w2_on_plain_network_iccXX", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_55(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("W1_W2_ON_PLAIN_NETWORK_ICC", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_56(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", False, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_57(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received >= 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_58(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 1)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_59(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact(None, True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_60(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", None, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_61(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, None)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_62(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact(True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_63(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_64(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, )
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_65(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("XXw1_gateway_on_enable_icc_falseXX", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_66(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("W1_GATEWAY_ON_ENABLE_ICC_FALSE", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_67(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", False, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_68(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received >= 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_69(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 1)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, ping.exec.output)


def x_icc_off__mutmut_70(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(None, ping.exec.output)


def x_icc_off__mutmut_71(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, None)


def x_icc_off__mutmut_72(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.output)


def x_icc_off__mutmut_73(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """`enable_icc=false` on a bridge network stops traffic between its containers.

    Documented: network option com.docker.network.bridge.enable_icc=false: ping between two of its containers
        gets no reply (when {icc.blocked}); the default (true) lets it through
    Ko documented: 네트워크 옵션 com.docker.network.bridge.enable_icc=false: 그 컨테이너 둘 사이의 ping에
        응답이 없다 ({icc.blocked}일 때); 기본값(true)은 통과시킨다
    By hand: docker network create -o com.docker.network.bridge.enable_icc=false noicc;
        docker exec w1 ping -c 1 -W 1 <w2>
    Title: enable_icc=false blocks traffic between the network's containers
    Ko: bridge 네트워크에 enable_icc=false를 주면 그 컨테이너끼리의 통신이 막힌다.
    Ko title: enable_icc=false는 네트워크 안 컨테이너끼리의 통신을 막는다
    Not applicable with: iptables=false
    """
    j.expect(
        "network_option_enable_icc",
        "icc.blocked",
        (net.network.get("Options") or {}).get("com.docker.network.bridge.enable_icc"),
        via=lambda blocked: "false" if blocked else None,
    )
    acted(net.blocked, net.plain, net.to_gateway)
    j.expect("w1_w2_on_enable_icc_false", "icc.blocked", net.blocked.received > 0, via=lambda b: not b)
    j.fact("w1_w2_on_plain_network_icc", True, net.plain.received > 0)
    j.fact("w1_gateway_on_enable_icc_false", True, net.to_gateway.received > 0)
    for ping in (net.blocked, net.plain, net.to_gateway):
        j.attach(ping.exec.command, )

mutants_x_icc_off__mutmut['_mutmut_orig'] = x_icc_off__mutmut_orig # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_1'] = x_icc_off__mutmut_1 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_2'] = x_icc_off__mutmut_2 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_3'] = x_icc_off__mutmut_3 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_4'] = x_icc_off__mutmut_4 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_5'] = x_icc_off__mutmut_5 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_6'] = x_icc_off__mutmut_6 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_7'] = x_icc_off__mutmut_7 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_8'] = x_icc_off__mutmut_8 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_9'] = x_icc_off__mutmut_9 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_10'] = x_icc_off__mutmut_10 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_11'] = x_icc_off__mutmut_11 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_12'] = x_icc_off__mutmut_12 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_13'] = x_icc_off__mutmut_13 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_14'] = x_icc_off__mutmut_14 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_15'] = x_icc_off__mutmut_15 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_16'] = x_icc_off__mutmut_16 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_17'] = x_icc_off__mutmut_17 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_18'] = x_icc_off__mutmut_18 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_19'] = x_icc_off__mutmut_19 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_20'] = x_icc_off__mutmut_20 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_21'] = x_icc_off__mutmut_21 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_22'] = x_icc_off__mutmut_22 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_23'] = x_icc_off__mutmut_23 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_24'] = x_icc_off__mutmut_24 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_25'] = x_icc_off__mutmut_25 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_26'] = x_icc_off__mutmut_26 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_27'] = x_icc_off__mutmut_27 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_28'] = x_icc_off__mutmut_28 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_29'] = x_icc_off__mutmut_29 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_30'] = x_icc_off__mutmut_30 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_31'] = x_icc_off__mutmut_31 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_32'] = x_icc_off__mutmut_32 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_33'] = x_icc_off__mutmut_33 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_34'] = x_icc_off__mutmut_34 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_35'] = x_icc_off__mutmut_35 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_36'] = x_icc_off__mutmut_36 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_37'] = x_icc_off__mutmut_37 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_38'] = x_icc_off__mutmut_38 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_39'] = x_icc_off__mutmut_39 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_40'] = x_icc_off__mutmut_40 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_41'] = x_icc_off__mutmut_41 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_42'] = x_icc_off__mutmut_42 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_43'] = x_icc_off__mutmut_43 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_44'] = x_icc_off__mutmut_44 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_45'] = x_icc_off__mutmut_45 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_46'] = x_icc_off__mutmut_46 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_47'] = x_icc_off__mutmut_47 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_48'] = x_icc_off__mutmut_48 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_49'] = x_icc_off__mutmut_49 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_50'] = x_icc_off__mutmut_50 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_51'] = x_icc_off__mutmut_51 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_52'] = x_icc_off__mutmut_52 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_53'] = x_icc_off__mutmut_53 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_54'] = x_icc_off__mutmut_54 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_55'] = x_icc_off__mutmut_55 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_56'] = x_icc_off__mutmut_56 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_57'] = x_icc_off__mutmut_57 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_58'] = x_icc_off__mutmut_58 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_59'] = x_icc_off__mutmut_59 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_60'] = x_icc_off__mutmut_60 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_61'] = x_icc_off__mutmut_61 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_62'] = x_icc_off__mutmut_62 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_63'] = x_icc_off__mutmut_63 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_64'] = x_icc_off__mutmut_64 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_65'] = x_icc_off__mutmut_65 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_66'] = x_icc_off__mutmut_66 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_67'] = x_icc_off__mutmut_67 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_68'] = x_icc_off__mutmut_68 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_69'] = x_icc_off__mutmut_69 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_70'] = x_icc_off__mutmut_70 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_71'] = x_icc_off__mutmut_71 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_72'] = x_icc_off__mutmut_72 # type: ignore # mutmut generated
mutants_x_icc_off__mutmut['x_icc_off__mutmut_73'] = x_icc_off__mutmut_73 # type: ignore # mutmut generated


claim("D-ICC-1", observes="custom_network")(icc_off)
mutants_x_addressing__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_addressing__mutmut)
def addressing(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_orig(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_1(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = None
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_2(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys(None, net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_3(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", None, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_4(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, None, "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_5(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", None, "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_6(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", None, "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_7(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", None)
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_8(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys(net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_9(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_10(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_11(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_12(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_13(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", )
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_14(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("XXthe options asked forXX", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_15(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("THE OPTIONS ASKED FOR", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_16(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "XXsubnetXX", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_17(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "SUBNET", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_18(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "XXip_rangeXX", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_19(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "IP_RANGE", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_20(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "XXgatewayXX", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_21(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "GATEWAY", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_22(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "XXstatic_ipXX")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_23(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "STATIC_IP")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_24(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = None
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_25(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(None)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_26(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact(None, asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_27(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", None, config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_28(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], None)
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_29(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact(asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_30(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_31(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], )
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_32(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("XXipam_subnetXX", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_33(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("IPAM_SUBNET", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_34(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["XXsubnetXX"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_35(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["SUBNET"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_36(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get(None))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_37(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("XXSubnetXX"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_38(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_39(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("SUBNET"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_40(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact(None, asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_41(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", None, config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_42(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], None)
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_43(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact(asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_44(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_45(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], )
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_46(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("XXipam_iprangeXX", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_47(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("IPAM_IPRANGE", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_48(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["XXip_rangeXX"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_49(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["IP_RANGE"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_50(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get(None))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_51(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("XXIPRangeXX"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_52(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("iprange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_53(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRANGE"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_54(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact(None, asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_55(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", None, config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_56(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], None)
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_57(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact(asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_58(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_59(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], )
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_60(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("XXipam_gatewayXX", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_61(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("IPAM_GATEWAY", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_62(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["XXgatewayXX"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_63(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["GATEWAY"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_64(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get(None))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_65(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("XXGatewayXX"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_66(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_67(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("GATEWAY"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_68(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = None
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_69(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(None, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_70(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, None)
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_71(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_72(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, )
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_73(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["XXgatewayXX"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_74(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["GATEWAY"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_75(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact(None, asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_76(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", None, asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_77(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_78(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact(asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_79(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_80(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], )
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_81(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("XXbridge_on_host_holds_gatewayXX", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_82(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("BRIDGE_ON_HOST_HOLDS_GATEWAY", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_83(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["XXgatewayXX"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_84(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["GATEWAY"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_85(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if (device) and False else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_86(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if (device) or True else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_87(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["XXgatewayXX"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_88(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["GATEWAY"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_89(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact(None, asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_90(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", None, net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_91(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], None)
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_92(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact(asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_93(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_94(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], )
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_95(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("XXw1_address_ipXX", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_96(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("W1_ADDRESS_IP", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_97(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["XXstatic_ipXX"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_98(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["STATIC_IP"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_99(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get(None))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_100(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("XXIPAddressXX"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_101(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("ipaddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_102(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPADDRESS"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_103(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = None
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_104(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") and ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_105(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get(None) or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_106(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("XXIPAddressXX") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_107(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("ipaddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_108(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPADDRESS") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_109(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or "XXXX"
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_110(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        None,
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_111(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        None,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_112(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        None,
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_113(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=None,
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_114(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_115(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_116(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_117(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_118(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "XXw2_address_inXX",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_119(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "W2_ADDRESS_IN",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_120(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        False,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_121(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) or ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_122(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(None) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_123(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(None) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_124(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) not in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_125(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(None),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_126(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["XXip_rangeXX"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_127(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["IP_RANGE"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_128(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["XXip_rangeXX"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_129(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["IP_RANGE"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_130(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        None,
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_131(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        None,
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_132(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        None,
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_133(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=None,
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_134(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_135(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_136(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_137(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_138(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "XXip_on_default_bridgeXX",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_139(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "IP_ON_DEFAULT_BRIDGE",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_140(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "XXfiles.ip_on_bridgeXX",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_141(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "FILES.IP_ON_BRIDGE",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_142(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused and "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_143(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "XXacceptedXX",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_144(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "ACCEPTED",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_145(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(None, net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_146(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, None),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_147(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(net.ip_refused),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_148(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, ),
    )
    if device:
        j.attach("bridge device", device.summary())


def x_addressing__mutmut_149(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach(None, device.summary())


def x_addressing__mutmut_150(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", None)


def x_addressing__mutmut_151(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach(device.summary())


def x_addressing__mutmut_152(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("bridge device", )


def x_addressing__mutmut_153(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("XXbridge deviceXX", device.summary())


def x_addressing__mutmut_154(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A user network honours `--subnet`, `--ip-range`, `--gateway` and a static `--ip`; the default bridge
    refuses `--ip`.

    Documented: the bridge gets the gateway; dynamic addresses fall in the range; --ip is kept; on bridge:
        refused, the reason naming user-defined networks (/{files.ip_on_bridge}/)
    Ko documented: 브리지가 게이트웨이를 갖는다; 동적 주소는 범위 안에 있다; --ip는 지켜진다; bridge에서는
        거절되며, 이유가 사용자 정의 네트워크를 말한다 (/{files.ip_on_bridge}/)
    By hand: docker network create --subnet S --ip-range R --gateway G mynet;
        docker run --network mynet --ip A ...; docker run --ip 172.17.255.253 busybox true
    Title: --subnet, --ip-range, --gateway and --ip on a user network; no --ip on bridge
    Ko: 사용자 네트워크는 --subnet, --ip-range, --gateway와 고정 --ip를 따르고, 기본 브리지는 --ip를 거부한다.
    Ko title: 사용자 네트워크의 --subnet, --ip-range, --gateway, --ip; bridge에는 --ip 없음
    """
    asked = seen_keys("the options asked for", net.requested, "subnet", "ip_range", "gateway", "static_ip")
    config = ipam_config(net.network)
    j.fact("ipam_subnet", asked["subnet"], config.get("Subnet"))
    j.fact("ipam_iprange", asked["ip_range"], config.get("IPRange"))
    j.fact("ipam_gateway", asked["gateway"], config.get("Gateway"))
    device = _with_address(net.host.links, asked["gateway"])
    j.fact("bridge_on_host_holds_gateway", asked["gateway"], asked["gateway"] if device else None)
    j.fact("w1_address_ip", asked["static_ip"], net.w1.get("IPAddress"))
    dynamic = net.w2.get("IPAddress") or ""
    j.fact(
        "w2_address_in",
        True,
        bool(dynamic) and ipaddress.IPv4Address(dynamic) in ipaddress.IPv4Network(asked["ip_range"]),
        asked=asked["ip_range"],
    )
    j.expect(
        "ip_on_default_bridge",
        "files.ip_on_bridge",
        net.ip_refused or "accepted",
        holds=refused_for(profile.files.ip_on_bridge, net.ip_refused),
    )
    if device:
        j.attach("BRIDGE DEVICE", device.summary())

mutants_x_addressing__mutmut['_mutmut_orig'] = x_addressing__mutmut_orig # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_1'] = x_addressing__mutmut_1 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_2'] = x_addressing__mutmut_2 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_3'] = x_addressing__mutmut_3 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_4'] = x_addressing__mutmut_4 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_5'] = x_addressing__mutmut_5 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_6'] = x_addressing__mutmut_6 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_7'] = x_addressing__mutmut_7 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_8'] = x_addressing__mutmut_8 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_9'] = x_addressing__mutmut_9 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_10'] = x_addressing__mutmut_10 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_11'] = x_addressing__mutmut_11 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_12'] = x_addressing__mutmut_12 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_13'] = x_addressing__mutmut_13 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_14'] = x_addressing__mutmut_14 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_15'] = x_addressing__mutmut_15 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_16'] = x_addressing__mutmut_16 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_17'] = x_addressing__mutmut_17 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_18'] = x_addressing__mutmut_18 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_19'] = x_addressing__mutmut_19 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_20'] = x_addressing__mutmut_20 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_21'] = x_addressing__mutmut_21 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_22'] = x_addressing__mutmut_22 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_23'] = x_addressing__mutmut_23 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_24'] = x_addressing__mutmut_24 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_25'] = x_addressing__mutmut_25 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_26'] = x_addressing__mutmut_26 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_27'] = x_addressing__mutmut_27 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_28'] = x_addressing__mutmut_28 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_29'] = x_addressing__mutmut_29 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_30'] = x_addressing__mutmut_30 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_31'] = x_addressing__mutmut_31 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_32'] = x_addressing__mutmut_32 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_33'] = x_addressing__mutmut_33 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_34'] = x_addressing__mutmut_34 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_35'] = x_addressing__mutmut_35 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_36'] = x_addressing__mutmut_36 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_37'] = x_addressing__mutmut_37 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_38'] = x_addressing__mutmut_38 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_39'] = x_addressing__mutmut_39 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_40'] = x_addressing__mutmut_40 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_41'] = x_addressing__mutmut_41 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_42'] = x_addressing__mutmut_42 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_43'] = x_addressing__mutmut_43 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_44'] = x_addressing__mutmut_44 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_45'] = x_addressing__mutmut_45 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_46'] = x_addressing__mutmut_46 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_47'] = x_addressing__mutmut_47 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_48'] = x_addressing__mutmut_48 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_49'] = x_addressing__mutmut_49 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_50'] = x_addressing__mutmut_50 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_51'] = x_addressing__mutmut_51 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_52'] = x_addressing__mutmut_52 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_53'] = x_addressing__mutmut_53 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_54'] = x_addressing__mutmut_54 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_55'] = x_addressing__mutmut_55 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_56'] = x_addressing__mutmut_56 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_57'] = x_addressing__mutmut_57 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_58'] = x_addressing__mutmut_58 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_59'] = x_addressing__mutmut_59 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_60'] = x_addressing__mutmut_60 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_61'] = x_addressing__mutmut_61 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_62'] = x_addressing__mutmut_62 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_63'] = x_addressing__mutmut_63 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_64'] = x_addressing__mutmut_64 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_65'] = x_addressing__mutmut_65 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_66'] = x_addressing__mutmut_66 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_67'] = x_addressing__mutmut_67 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_68'] = x_addressing__mutmut_68 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_69'] = x_addressing__mutmut_69 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_70'] = x_addressing__mutmut_70 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_71'] = x_addressing__mutmut_71 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_72'] = x_addressing__mutmut_72 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_73'] = x_addressing__mutmut_73 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_74'] = x_addressing__mutmut_74 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_75'] = x_addressing__mutmut_75 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_76'] = x_addressing__mutmut_76 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_77'] = x_addressing__mutmut_77 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_78'] = x_addressing__mutmut_78 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_79'] = x_addressing__mutmut_79 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_80'] = x_addressing__mutmut_80 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_81'] = x_addressing__mutmut_81 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_82'] = x_addressing__mutmut_82 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_83'] = x_addressing__mutmut_83 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_84'] = x_addressing__mutmut_84 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_85'] = x_addressing__mutmut_85 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_86'] = x_addressing__mutmut_86 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_87'] = x_addressing__mutmut_87 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_88'] = x_addressing__mutmut_88 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_89'] = x_addressing__mutmut_89 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_90'] = x_addressing__mutmut_90 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_91'] = x_addressing__mutmut_91 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_92'] = x_addressing__mutmut_92 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_93'] = x_addressing__mutmut_93 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_94'] = x_addressing__mutmut_94 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_95'] = x_addressing__mutmut_95 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_96'] = x_addressing__mutmut_96 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_97'] = x_addressing__mutmut_97 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_98'] = x_addressing__mutmut_98 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_99'] = x_addressing__mutmut_99 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_100'] = x_addressing__mutmut_100 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_101'] = x_addressing__mutmut_101 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_102'] = x_addressing__mutmut_102 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_103'] = x_addressing__mutmut_103 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_104'] = x_addressing__mutmut_104 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_105'] = x_addressing__mutmut_105 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_106'] = x_addressing__mutmut_106 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_107'] = x_addressing__mutmut_107 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_108'] = x_addressing__mutmut_108 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_109'] = x_addressing__mutmut_109 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_110'] = x_addressing__mutmut_110 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_111'] = x_addressing__mutmut_111 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_112'] = x_addressing__mutmut_112 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_113'] = x_addressing__mutmut_113 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_114'] = x_addressing__mutmut_114 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_115'] = x_addressing__mutmut_115 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_116'] = x_addressing__mutmut_116 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_117'] = x_addressing__mutmut_117 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_118'] = x_addressing__mutmut_118 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_119'] = x_addressing__mutmut_119 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_120'] = x_addressing__mutmut_120 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_121'] = x_addressing__mutmut_121 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_122'] = x_addressing__mutmut_122 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_123'] = x_addressing__mutmut_123 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_124'] = x_addressing__mutmut_124 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_125'] = x_addressing__mutmut_125 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_126'] = x_addressing__mutmut_126 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_127'] = x_addressing__mutmut_127 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_128'] = x_addressing__mutmut_128 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_129'] = x_addressing__mutmut_129 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_130'] = x_addressing__mutmut_130 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_131'] = x_addressing__mutmut_131 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_132'] = x_addressing__mutmut_132 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_133'] = x_addressing__mutmut_133 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_134'] = x_addressing__mutmut_134 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_135'] = x_addressing__mutmut_135 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_136'] = x_addressing__mutmut_136 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_137'] = x_addressing__mutmut_137 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_138'] = x_addressing__mutmut_138 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_139'] = x_addressing__mutmut_139 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_140'] = x_addressing__mutmut_140 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_141'] = x_addressing__mutmut_141 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_142'] = x_addressing__mutmut_142 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_143'] = x_addressing__mutmut_143 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_144'] = x_addressing__mutmut_144 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_145'] = x_addressing__mutmut_145 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_146'] = x_addressing__mutmut_146 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_147'] = x_addressing__mutmut_147 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_148'] = x_addressing__mutmut_148 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_149'] = x_addressing__mutmut_149 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_150'] = x_addressing__mutmut_150 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_151'] = x_addressing__mutmut_151 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_152'] = x_addressing__mutmut_152 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_153'] = x_addressing__mutmut_153 # type: ignore # mutmut generated
mutants_x_addressing__mutmut['x_addressing__mutmut_154'] = x_addressing__mutmut_154 # type: ignore # mutmut generated


claim("D-IP-1", observes="custom_network")(addressing)
mutants_x_mtu_option__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mtu_option__mutmut)
def mtu_option(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_orig(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_1(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = None
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_2(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys(None, net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_3(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", None, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_4(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, None, "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_5(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", None, "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_6(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", None)
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_7(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys(net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_8(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_9(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_10(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_11(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", )
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_12(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("XXthe options asked forXX", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_13(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("THE OPTIONS ASKED FOR", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_14(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "XXmtuXX", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_15(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "MTU", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_16(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "XXgatewayXX", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_17(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "GATEWAY", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_18(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "XXstatic_ipXX")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_19(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "STATIC_IP")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_20(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = None
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_21(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["XXmtuXX"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_22(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["MTU"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_23(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = None
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_24(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(None, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_25(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, None)
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_26(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_27(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, )
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_28(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["XXgatewayXX"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_29(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["GATEWAY"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_30(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = None
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_31(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(None, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_32(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, None)
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_33(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_34(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, )
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_35(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["XXstatic_ipXX"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_36(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["STATIC_IP"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_37(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact(None, mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_38(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", None, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_39(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_40(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact(mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_41(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_42(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, )
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_43(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("XXnetwork_bridge_mtuXX", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_44(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("NETWORK_BRIDGE_MTU", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_45(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if (device) and False else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_46(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if (device) or True else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_47(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact(None, mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_48(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", None, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_49(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_50(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact(mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_51(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_52(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, )
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_53(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("XXw1_interface_on_mtuXX", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_54(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("W1_INTERFACE_ON_MTU", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_55(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if (inside) and False else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_56(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if (inside) or True else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_57(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact(None, profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_58(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", None, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_59(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_60(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact(profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_61(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_62(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, )
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_63(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("XXw1_interface_on_nameXX", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_64(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("W1_INTERFACE_ON_NAME", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_65(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if (inside) and False else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_66(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if (inside) or True else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, link.summary())


def x_mtu_option__mutmut_67(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(None, link.summary())


def x_mtu_option__mutmut_68(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, None)


def x_mtu_option__mutmut_69(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.summary())


def x_mtu_option__mutmut_70(j: Judgement, net: CustomNetwork, profile: Profile) -> None:
    """A network's MTU option reaches the kernel.

    Documented: -o com.docker.network.driver.mtu={icc.mtu}: the bridge's and the container's eth0 MTU are
        {icc.mtu}
    Ko documented: -o com.docker.network.driver.mtu={icc.mtu}: 브리지와 컨테이너 eth0의 MTU가 {icc.mtu}
    By hand: docker network create -o com.docker.network.driver.mtu=1400 mtunet; ip link show br-<id>;
        docker exec w1 ip link show eth0
    Title: A network's MTU option ({icc.mtu}) reaches the bridge and eth0
    Ko: 네트워크의 MTU 옵션은 커널까지 전달된다.
    Ko title: 네트워크의 MTU 옵션({icc.mtu})이 브리지와 eth0에 닿는다
    """
    asked = seen_keys("the options asked for", net.requested, "mtu", "gateway", "static_ip")
    mtu = asked["mtu"]
    device = _with_address(net.host.links, asked["gateway"])
    inside = _with_address(net.w1_netns.links, asked["static_ip"])
    j.fact("network_bridge_mtu", mtu, device.mtu if device else None)
    j.fact("w1_interface_on_mtu", mtu, inside.mtu if inside else None)
    j.fact("w1_interface_on_name", profile.container.device, inside.name if inside else None)
    for link in (device, inside):
        if link:
            j.attach(link.name, )

mutants_x_mtu_option__mutmut['_mutmut_orig'] = x_mtu_option__mutmut_orig # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_1'] = x_mtu_option__mutmut_1 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_2'] = x_mtu_option__mutmut_2 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_3'] = x_mtu_option__mutmut_3 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_4'] = x_mtu_option__mutmut_4 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_5'] = x_mtu_option__mutmut_5 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_6'] = x_mtu_option__mutmut_6 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_7'] = x_mtu_option__mutmut_7 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_8'] = x_mtu_option__mutmut_8 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_9'] = x_mtu_option__mutmut_9 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_10'] = x_mtu_option__mutmut_10 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_11'] = x_mtu_option__mutmut_11 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_12'] = x_mtu_option__mutmut_12 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_13'] = x_mtu_option__mutmut_13 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_14'] = x_mtu_option__mutmut_14 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_15'] = x_mtu_option__mutmut_15 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_16'] = x_mtu_option__mutmut_16 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_17'] = x_mtu_option__mutmut_17 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_18'] = x_mtu_option__mutmut_18 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_19'] = x_mtu_option__mutmut_19 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_20'] = x_mtu_option__mutmut_20 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_21'] = x_mtu_option__mutmut_21 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_22'] = x_mtu_option__mutmut_22 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_23'] = x_mtu_option__mutmut_23 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_24'] = x_mtu_option__mutmut_24 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_25'] = x_mtu_option__mutmut_25 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_26'] = x_mtu_option__mutmut_26 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_27'] = x_mtu_option__mutmut_27 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_28'] = x_mtu_option__mutmut_28 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_29'] = x_mtu_option__mutmut_29 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_30'] = x_mtu_option__mutmut_30 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_31'] = x_mtu_option__mutmut_31 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_32'] = x_mtu_option__mutmut_32 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_33'] = x_mtu_option__mutmut_33 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_34'] = x_mtu_option__mutmut_34 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_35'] = x_mtu_option__mutmut_35 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_36'] = x_mtu_option__mutmut_36 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_37'] = x_mtu_option__mutmut_37 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_38'] = x_mtu_option__mutmut_38 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_39'] = x_mtu_option__mutmut_39 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_40'] = x_mtu_option__mutmut_40 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_41'] = x_mtu_option__mutmut_41 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_42'] = x_mtu_option__mutmut_42 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_43'] = x_mtu_option__mutmut_43 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_44'] = x_mtu_option__mutmut_44 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_45'] = x_mtu_option__mutmut_45 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_46'] = x_mtu_option__mutmut_46 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_47'] = x_mtu_option__mutmut_47 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_48'] = x_mtu_option__mutmut_48 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_49'] = x_mtu_option__mutmut_49 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_50'] = x_mtu_option__mutmut_50 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_51'] = x_mtu_option__mutmut_51 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_52'] = x_mtu_option__mutmut_52 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_53'] = x_mtu_option__mutmut_53 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_54'] = x_mtu_option__mutmut_54 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_55'] = x_mtu_option__mutmut_55 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_56'] = x_mtu_option__mutmut_56 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_57'] = x_mtu_option__mutmut_57 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_58'] = x_mtu_option__mutmut_58 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_59'] = x_mtu_option__mutmut_59 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_60'] = x_mtu_option__mutmut_60 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_61'] = x_mtu_option__mutmut_61 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_62'] = x_mtu_option__mutmut_62 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_63'] = x_mtu_option__mutmut_63 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_64'] = x_mtu_option__mutmut_64 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_65'] = x_mtu_option__mutmut_65 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_66'] = x_mtu_option__mutmut_66 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_67'] = x_mtu_option__mutmut_67 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_68'] = x_mtu_option__mutmut_68 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_69'] = x_mtu_option__mutmut_69 # type: ignore # mutmut generated
mutants_x_mtu_option__mutmut['x_mtu_option__mutmut_70'] = x_mtu_option__mutmut_70 # type: ignore # mutmut generated


claim("D-MTU-1", observes="custom_network")(mtu_option)
