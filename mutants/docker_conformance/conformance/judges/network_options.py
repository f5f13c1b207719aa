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


@claim("D-ICC-1", observes="custom_network")
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


@claim("D-IP-1", observes="custom_network")
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


@claim("D-MTU-1", observes="custom_network")
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
