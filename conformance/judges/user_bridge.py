"""D-UBR-*: user-defined bridges: own device and subnet, name resolution, isolation, connect."""

from __future__ import annotations

import ipaddress
import re

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement, Unobservable
from docker_conformance.conformance.judges.shared import acted, refused_for, seen, seen_keys
from docker_conformance.conformance.model.netns import subnet_of
from docker_conformance.conformance.model.scenarios import UserBridges

family(__name__, "UBR", "User-defined bridges", "사용자 정의 브리지")
family(__name__, "DISC", "User-defined bridges", "사용자 정의 브리지")
family(__name__, "ALIAS", "User-defined bridges", "사용자 정의 브리지")


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
    device = ubr.host.bridge_of(ubr.net1, f"br-{seen_keys('net1', ubr.net1, 'Id')['Id'][:12]}")
    j.expect(
        "device_name_pattern",
        "user_bridge.device",
        device.name if device else None,
        holds=bool(device) and bool(re.fullmatch(profile.user_bridge.device, device.name)),
        volatile=True,
    )
    j.expect("device_link_kind", "user_bridge.kind", device.kind if device else None)
    subnet = subnet_of(ubr.net1)
    network = ipaddress.IPv4Network(subnet) if subnet else None
    default = ubr.bridge_subnet or profile.bridge.subnet  # the default bridge's, as the engine has it
    j.fact(
        "not_default_bridge_subnet",
        f"anything but {default}",
        subnet,
        holds=bool(network) and not network.overlaps(ipaddress.IPv4Network(default)),
    )
    j.expect(
        "subnet_from_default_pools",
        "user_bridge.pools",
        subnet,
        holds=bool(network)
        and any(network.subnet_of(ipaddress.IPv4Network(p)) for p in profile.user_bridge.pools),
        volatile=True,
    )
    j.fact("two_networks_subnets_differ", True, subnet_of(ubr.net1) != subnet_of(ubr.net2))
    j.attach("bridge device", device.summary() if device else "absent")


claim("D-UBR-1", observes="user_bridges")(own_bridge_and_subnet)


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
    dns, u2 = ubr.placed(profile.user_bridge.dns), seen("u2's address", ubr.u2_address)
    j.expect(
        "user_network_resolv_conf_nameserver",
        "user_bridge.dns",
        dns if f"nameserver {dns}" in ubr.resolv_user.output else ubr.resolv_user.output.strip(),
        via=ubr.placed,
    )
    j.fact(
        "u1_resolves_u2_by_name", u2, u2 if u2 in ubr.lookup_same_network.output.split("Name:")[-1] else None
    )
    j.fact("default_bridge_resolv_conf_has_no", False, dns in ubr.resolv_default.output)
    j.fact("default_bridge_etc_hosts_knows_u2", False, u2 in ubr.hosts_default.output)
    j.fact(
        "default_bridge_lookup_u2_fails",
        "fails",
        "fails" if u2 not in ubr.lookup_default_bridge.output else "resolves",
    )
    for ex in (ubr.lookup_same_network, ubr.resolv_user, ubr.lookup_default_bridge, ubr.resolv_default):
        j.attach(ex.command, ex.output)


claim("D-UBR-2", observes="user_bridges")(name_resolution)


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
    j.fact("u1_u2_same_network_answered", True, ubr.within_network.received > 0)
    j.fact("u1_v1_other_network_answered", False, ubr.across_networks.received > 0)
    j.attach(ubr.within_network.exec.command, ubr.within_network.exec.output)
    j.attach(ubr.across_networks.exec.command, ubr.across_networks.exec.output)


claim("D-UBR-3", observes="user_bridges")(isolation)


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
    j.fact("u1_has_eth1", True, eth1 is not None)
    j.fact(
        "eth1_address_endpoint", ubr.connected_endpoint.get("IPAddress"), address.address if address else None
    )
    subnet = seen("net2's subnet", subnet_of(ubr.net2))
    j.fact(
        "eth1_address_in_net2_subnet",
        subnet,
        subnet
        if address and subnet and ipaddress.IPv4Address(address.address) in ipaddress.IPv4Network(subnet)
        else None,
    )
    j.attach(ubr.connect_ip_addr.command, ubr.connect_ip_addr.output)


claim("D-UBR-4", observes="user_bridges")(second_interface)


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
    if len(ubr.alias_lookups) != 2 or ubr.files is None:  # from u1 on its network, and from v1 on another
        raise Unobservable("this_observation_has_no_alias_lookups")
    here, there = ubr.alias_lookups
    u2, alias = seen("u2's address", ubr.u2_address), seen("the alias", ubr.alias)
    j.fact("from_u1_same_network", u2, u2 if u2 in here.output.split("Name:")[-1] else None, alias=alias)
    if server := ubr.unasked_server:  # the suite's own guard (docker_conformance/observe/networks.py)
        j.note("was_not_looked_up_from_v1", alias=alias, server=server)
    else:
        j.fact(
            "from_v1_another_network",
            "no answer",
            "answered" if "Name:" in there.output else "no answer",
            alias=alias,
        )
    j.expect(
        "alias_on_default_bridge",
        "files.alias_on_bridge",
        ubr.files.alias_refused or "accepted",
        holds=refused_for(profile.files.alias_on_bridge, ubr.files.alias_refused),
    )
    for ex in (here, there):
        j.attach(ex.command, ex.output)


claim("D-ALIAS-1", observes="user_bridges")(network_alias)


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
        raise Unobservable("this_observation_has_no_disconnect_older")
    gone = ubr.disconnect
    j.fact("eth1_after_disconnect", "gone", "present" if gone.after.interface("eth1") else "gone")
    j.fact("eth1_host_veth_was_seen", True, bool(gone.host_veth))
    if gone.host_veth:  # gone is judged of a veth that was seen, never of a name that matches nothing
        j.fact(
            "after_disconnect",
            "gone",
            "present" if gone.host_after.holds(gone.host_veth, gone.host_veth_index) else "gone",
            host_veth=gone.host_veth,
        )
    u1 = ubr.connected_endpoint.get("EndpointID")
    j.fact("net2_lists_u1_after", False, any(u1 and u1 == e for e in gone.endpoints_after))
    address = seen("u1's address on net2", gone.address)
    j.fact(
        "etc_hosts_had_while_connected",
        True,
        address in gone.hosts_connected.output,
        address=address,
    )
    j.fact("etc_hosts_has_after", False, gone.address in gone.hosts_after.output, address=gone.address)
    j.fact("u1_still_running", True, gone.running)
    j.attach("u1's namespace after (netlink)", gone.after.dump())
    j.attach(gone.hosts_after.command + " (after)", gone.hosts_after.output)


claim("D-DISC-1", observes="user_bridges")(disconnect)
