"""D-UBR-*: user-defined bridges: own device and subnet, name resolution, isolation, connect."""

from __future__ import annotations

import ipaddress
import re

from conformance.declaration import claim, family
from conformance.judges.shared import acted, refused_for
from conformance.model.netns import subnet_of
from conformance.model.scenarios import UserBridges
from conformance.profile import Profile
from conformance.verdict import Judgement, Unobservable

family(__name__, "UBR", "User-defined bridges", "사용자 정의 브리지")
family(__name__, "DISC", "User-defined bridges", "사용자 정의 브리지")
family(__name__, "ALIAS", "User-defined bridges", "사용자 정의 브리지")


@claim("D-UBR-1", observes="user_bridges")
def own_bridge_and_subnet(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A user-defined bridge network gets its own Linux bridge and its own subnet.

    Documented: bridge named like {user_bridge.device} (br- + first 12 hex of the network ID); subnet from the
        default pools {user_bridge.pools}, not {bridge.subnet}
    Ko documented: 브리지 이름 형식 {user_bridge.device} (br- + 네트워크 ID의 앞 16진수 12자리); 서브넷은
        {bridge.subnet}이 아니라 기본 풀 {user_bridge.pools}에서
    By hand: docker network create mynet; ip -d link show type bridge; docker network inspect mynet
    Title: A user-defined network gets its own br-<id> bridge and subnet
    Ko: 사용자 정의 브리지 네트워크는 자기 리눅스 브리지와 서브넷을 갖는다.
    Ko title: 사용자 정의 네트워크는 자기 br-<id> 브리지와 서브넷을 갖는다
    """
    device = ubr.host.bridge_of(ubr.net1, f"br-{ubr.net1['Id'][:12]}")
    j.expect(
        "device name pattern",
        "user_bridge.device",
        device.name if device else None,
        holds=bool(device) and bool(re.fullmatch(profile.user_bridge.device, device.name)),
        varies=True,
        ko="장치 이름 패턴",
    )
    j.expect("device's link kind", "user_bridge.kind", device.kind if device else None, ko="장치의 링크 종류")
    subnet = subnet_of(ubr.net1)
    network = ipaddress.IPv4Network(subnet) if subnet else None
    default = ubr.bridge_subnet or profile.bridge.subnet  # the default bridge's, as the engine has it
    j.fact(
        "not the default bridge's subnet",
        f"anything but {default}",
        subnet,
        holds=bool(network) and not network.overlaps(ipaddress.IPv4Network(default)),
        ko="기본 브리지의 서브넷이 아닌가",
    )
    j.expect(
        "subnet from the default pools",
        "user_bridge.pools",
        subnet,
        holds=bool(network)
        and any(network.subnet_of(ipaddress.IPv4Network(p)) for p in profile.user_bridge.pools),
        varies=True,
        ko="기본 풀에서 나온 서브넷",
    )
    j.fact(
        "the two networks' subnets differ",
        True,
        subnet_of(ubr.net1) != subnet_of(ubr.net2),
        ko="두 네트워크의 서브넷이 다른가",
    )
    j.attach("bridge device", device.summary() if device else "absent")


@claim("D-UBR-2", observes="user_bridges")
def name_resolution(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """Containers on a user-defined bridge resolve each other by name; on the default bridge they do not.

    Documented: embedded DNS at {user_bridge.dns} on user-defined networks only ({{gateway}}: the
        network's gateway address)
    Ko documented: 사용자 정의 네트워크에서만 {user_bridge.dns}의 내장 DNS ({{gateway}}: 네트워크의
        게이트웨이 주소)
    By hand: docker exec c1 nslookup c2; docker exec c1 cat /etc/resolv.conf
    Title: Names resolve on a user-defined bridge, not on the default one
    Ko: 사용자 정의 브리지의 컨테이너는 이름으로 서로를 찾지만, 기본 브리지에서는 못 찾는다.
    Ko title: 이름은 사용자 정의 브리지에서 풀리고, 기본 브리지에서는 안 풀린다
    Not applicable with: default-network-opts=enable_icc=false
    """
    dns = ubr.placed(profile.user_bridge.dns)
    j.expect(
        "user network resolv.conf nameserver",
        "user_bridge.dns",
        dns if f"nameserver {dns}" in ubr.resolv_user.output else ubr.resolv_user.output.strip(),
        via=ubr.placed,
        ko="사용자 네트워크 resolv.conf의 nameserver",
    )
    j.fact(
        "u1 resolves u2 by name",
        ubr.u2_address,
        ubr.u2_address if ubr.u2_address in ubr.lookup_same_network.output.split("Name:")[-1] else None,
        ko="u1이 u2를 이름으로 찾는가",
    )
    j.fact(
        "default bridge resolv.conf has no embedded DNS",
        False,
        dns in ubr.resolv_default.output,
        ko="기본 브리지 resolv.conf에 내장 DNS가 없는가",
    )
    j.fact(
        "default bridge /etc/hosts knows u2",
        False,
        ubr.u2_address in ubr.hosts_default.output,
        ko="기본 브리지 /etc/hosts가 u2를 아는가",
    )
    j.fact(
        "default bridge lookup of u2 fails",
        "fails",
        "fails" if ubr.u2_address not in ubr.lookup_default_bridge.output else "resolves",
        ko="기본 브리지에서 u2 조회가 실패하는가",
    )
    for ex in (ubr.lookup_same_network, ubr.resolv_user, ubr.lookup_default_bridge, ubr.resolv_default):
        j.attach(ex.command, ex.output)


@claim("D-UBR-3", observes="user_bridges")
def isolation(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """Networks are isolated from each other.

    Documented: a container on one bridge network cannot reach a container on another
    Ko documented: 한 브리지 네트워크의 컨테이너는 다른 브리지 네트워크의 컨테이너에 닿지 못한다
    By hand: docker exec c1 ping -c 1 -W 1 <address on the other network>
    Title: Two bridge networks cannot reach each other
    Ko: 네트워크끼리는 서로 격리된다.
    Ko title: 두 브리지 네트워크는 서로 닿지 않는다
    Not applicable with: iptables=false
    """
    acted(ubr.within_network, ubr.across_networks)
    j.fact(
        "u1 -> u2 (same network) answered",
        True,
        ubr.within_network.received > 0,
        ko="u1 -> u2 (같은 네트워크)가 응답했는가",
    )
    j.fact(
        "u1 -> v1 (other network) answered",
        False,
        ubr.across_networks.received > 0,
        ko="u1 -> v1 (다른 네트워크)가 응답했는가",
    )
    j.attach(ubr.within_network.exec.command, ubr.within_network.exec.output)
    j.attach(ubr.across_networks.exec.command, ubr.across_networks.exec.output)


@claim("D-UBR-4", observes="user_bridges")
def second_interface(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container connected to a second network gets a second interface.

    Documented: eth1 with an address of that network
    Ko documented: 그 네트워크의 주소를 가진 eth1
    By hand: docker network connect mynet busybox1; docker exec busybox1 ip addr show eth1
    Title: docker network connect adds eth1
    Ko: 두 번째 네트워크에 연결된 컨테이너에는 두 번째 인터페이스가 생긴다.
    Ko title: docker network connect가 eth1을 더한다
    """
    eth1 = ubr.connected.interface("eth1")
    address = eth1.ipv4 if eth1 else None
    j.fact("u1 has eth1", True, eth1 is not None, ko="u1에 eth1이 있는가")
    j.fact(
        "eth1 address = the endpoint's",
        ubr.connected_endpoint.get("IPAddress"),
        address.address if address else None,
        ko="eth1 주소 = 엔드포인트의 주소",
    )
    subnet = subnet_of(ubr.net2)
    j.fact(
        "eth1 address is in net2's subnet",
        subnet,
        subnet
        if address and subnet and ipaddress.IPv4Address(address.address) in ipaddress.IPv4Network(subnet)
        else None,
        ko="eth1 주소가 net2의 서브넷 안에 있는가",
    )
    j.attach(ubr.connect_ip_addr.command, ubr.connect_ip_addr.output)


@claim("D-ALIAS-1", observes="user_bridges")
def network_alias(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A network-scoped alias resolves on that network only; the default bridge refuses aliases.

    Documented: --network-alias db answered by {user_bridge.dns} on that network; on bridge:
        refused, the reason naming user-defined networks (/{files.alias_on_bridge}/)
    Ko documented: --network-alias db를 그 네트워크의 {user_bridge.dns}가 응답한다; bridge에서는 거절되며,
        이유가 사용자 정의 네트워크를 말한다 (/{files.alias_on_bridge}/)
    By hand: docker run -d --network mynet --network-alias db --name c2 busybox sleep 600;
        docker exec c1 nslookup db; docker exec o1 nslookup db (only where o1's nameserver is 127.x);
        docker run --network-alias db busybox true
    Title: A network alias resolves on its network only; none on bridge
    Ko: 네트워크 별칭은 그 네트워크에서만 풀리고, 기본 브리지는 별칭을 거부한다.
    Ko title: 네트워크 별칭은 그 네트워크에서만 풀리고, bridge에는 없다
    Not applicable with: default-network-opts=enable_icc=false
    """
    if not ubr.alias_lookups or ubr.files is None:
        raise Unobservable(
            "this observation has no alias lookups (an older recording)",
            "이 관찰에는 별칭 조회가 없다 (예전 기록)",
        )
    here, there = ubr.alias_lookups
    j.fact(
        f"{ubr.alias} from u1 (same network)",
        ubr.u2_address,
        ubr.u2_address if ubr.u2_address in here.output.split("Name:")[-1] else None,
        ko=f"u1에서 찾은 {ubr.alias} (같은 네트워크)",
    )
    if server := ubr.unasked_server:  # the suite's own guard (docker_conformance/observe/networks.py)
        j.note(
            f"{ubr.alias} was not looked up from v1 (another network): its DNS server {server} is not on "
            "its own loopback, and would forward an unknown name from the engine's host (not judged)",
            ko=f"v1(다른 네트워크)에서는 {ubr.alias}를 찾지 않았다: DNS 서버 {server}가 "
            "자기 루프백에 없어서, 모르는 이름을 엔진 호스트에서 밖으로 넘길 것이다 (판정하지 않음)",
        )
    else:
        j.fact(
            f"{ubr.alias} from v1 (another network)",
            "no answer",
            "answered" if "Name:" in there.output else "no answer",
            ko=f"v1에서 찾은 {ubr.alias} (다른 네트워크)",
        )
    j.expect(
        "an alias on the default bridge",
        "files.alias_on_bridge",
        ubr.files.alias_refused or "accepted",
        holds=refused_for(profile.files.alias_on_bridge, ubr.files.alias_refused),
        ko="기본 브리지에서의 별칭",
    )
    for ex in (here, there):
        j.attach(ex.command, ex.output)


@claim("D-DISC-1", observes="user_bridges")
def disconnect(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`docker network disconnect` undoes `connect`.

    Documented: eth1, its host veth, the endpoint and that network's /etc/hosts lines are gone; the container
        keeps running
    Ko documented: eth1, 그 호스트 veth, 엔드포인트, 그 네트워크의 /etc/hosts 줄이 사라진다; 컨테이너는 계속
        실행된다
    By hand: docker network disconnect mynet busybox1; docker exec busybox1 ip addr; ip link show type veth;
        docker network inspect mynet; docker exec busybox1 cat /etc/hosts
    Title: docker network disconnect removes eth1, its veth, endpoint and hosts lines
    Ko: docker network disconnect는 connect를 되돌린다.
    Ko title: docker network disconnect가 eth1, 그 veth, 엔드포인트, hosts 줄을 없앤다
    """
    if ubr.disconnect is None:
        raise Unobservable(
            "this observation has no disconnect (an older recording)",
            "이 관찰에는 연결 끊기가 없다 (예전 기록)",
        )
    gone = ubr.disconnect
    j.fact(
        "eth1 after disconnect",
        "gone",
        "present" if gone.after.interface("eth1") else "gone",
        ko="연결을 끊은 뒤의 eth1",
    )
    j.fact("eth1's host veth was seen", True, gone.host_veth is not None, ko="eth1의 호스트 veth를 보았는가")
    j.fact(
        f"{gone.host_veth} after disconnect",
        "gone",
        "present" if gone.host_after.holds(gone.host_veth, gone.host_veth_index) else "gone",
        ko=f"연결을 끊은 뒤의 {gone.host_veth}",
    )
    u1 = ubr.connected_endpoint.get("EndpointID")
    j.fact(
        "net2 lists u1 after",
        False,
        any(u1 and u1 == e for e in gone.endpoints_after),
        ko="끊은 뒤에도 net2 목록에 u1이 있는가",
    )
    j.fact(
        f"/etc/hosts had {gone.address} while connected",
        True,
        gone.address in gone.hosts_connected.output,
        ko=f"연결되어 있는 동안 /etc/hosts에 {gone.address}가 있었는가",
    )
    j.fact(
        f"/etc/hosts has {gone.address} after",
        False,
        gone.address in gone.hosts_after.output,
        ko=f"끊은 뒤에도 /etc/hosts에 {gone.address}가 있는가",
    )
    j.fact("u1 still running", True, gone.running, ko="u1이 아직 실행 중인가")
    j.attach("u1's namespace after (netlink)", gone.after.dump())
    j.attach(gone.hosts_after.command + " (after)", gone.hosts_after.output)
