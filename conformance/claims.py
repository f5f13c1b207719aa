"""The claims of CLAIMS.md as data, and the decorator that tags a test with the ones it checks.

`@claim("S-BR-1", title=...)` puts the Allure `claim` label, the seed's section as feature
and story, a title and severity on a test, plus the pytest marker `seed` or `beyond`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import allure
import pytest

F = TypeVar("F", bound=Callable[..., object])


@dataclass(frozen=True)
class Claim:
    id: str
    text: str
    by_hand: str
    feature: str

    @property
    def section(self) -> str:
        return "seed" if self.id.startswith("S-") else "beyond"


_TABLE = [
    (
        "S-INST-1",
        "A running engine creates a host interface named docker0.",
        "ip addr show docker0",
        "Installing Docker",
    ),
    (
        "S-INST-2",
        "docker0 is a Linux bridge and the device of the network named bridge.",
        "ip -d link show docker0; docker network inspect bridge",
        "Installing Docker",
    ),
    (
        "S-NET-1",
        "The engine provides exactly three built-in networks: bridge, host, none.",
        "docker network ls",
        "Installing Docker",
    ),
    (
        "S-BR-1",
        "docker0's IPv4 address is 172.17.0.1/16, broadcast 172.17.255.255.",
        "ip addr show docker0; ifconfig docker0",
        "docker0",
    ),
    (
        "S-BR-2",
        "docker0's link: MTU 1500, UP BROADCAST MULTICAST, qdisc noqueue, Ethernet.",
        "ip link show docker0",
        "docker0",
    ),
    (
        "S-BR-3",
        "docker0's hardware address is a locally administered unicast MAC (02:42:...).",
        "ip link show docker0",
        "docker0",
    ),
    (
        "S-BR-4",
        "docker0's carrier follows its ports: NO-CARRIER when empty, LOWER_UP with one.",
        "ip link show docker0  # before and after docker run",
        "docker0",
    ),
    (
        "S-IPAM-1",
        "The bridge network's IPAM: driver default, subnet 172.17.0.0/16.",
        "docker network inspect bridge",
        "The bridge network",
    ),
    (
        "S-IPAM-2",
        "The bridge network lists its running containers with endpoint, MAC and IPv4.",
        "docker network inspect bridge",
        "The bridge network",
    ),
    (
        "S-IPAM-3",
        "A container started without --network joins bridge automatically.",
        "docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1",
        "The bridge network",
    ),
    (
        "S-IPAM-4",
        "Addresses are handed out in order after the gateway: 172.17.0.2, then .3.",
        "docker exec busybox1 ip addr; docker exec busybox2 ip addr",
        "The bridge network",
    ),
    (
        "S-IPAM-5",
        "A container's MAC is derived from its IPv4 address (02:42:ac:11:00:02).",
        "docker exec busybox1 ip addr",
        "The bridge network",
    ),
    (
        "S-VETH-1",
        "A container on the bridge has exactly two interfaces: lo and eth0.",
        "docker exec busybox1 ip addr",
        "veth pairs",
    ),
    (
        "S-VETH-2",
        "The container's eth0: UP, LOWER_UP, MTU 1500, <ip>/16, MAC as in inspect.",
        "docker exec busybox1 ip addr",
        "veth pairs",
    ),
    (
        "S-VETH-3",
        "Each container adds one host veth named veth + 7 hex digits.",
        "ip link show type veth",
        "veth pairs",
    ),
    (
        "S-VETH-4",
        "eth0 and the host veth are the two ends of one pair; their indices cross-refer.",
        "docker exec busybox1 ip addr; ip addr",
        "veth pairs",
    ),
    (
        "S-VETH-5",
        "The host end is enslaved to docker0, UP, same MTU, its own link-netnsid.",
        "ip -d link show type veth",
        "veth pairs",
    ),
    (
        "S-BRCTL-1",
        "brctl show: bridge id 8000.<MAC>, STP off, ports = the containers' veths.",
        "brctl show  # or: bridge link",
        "Bridge membership",
    ),
    (
        "S-PING-1",
        "Two containers on the same bridge reach each other directly (0% loss, TTL 64).",
        "docker exec busybox2 ping -c 4 172.17.0.2",
        "Container to container",
    ),
    (
        "S-ROUTE-1",
        "The container's routes: default via 172.17.0.1, 172.17.0.0/16 on-link.",
        "docker exec busybox1 route -n",
        "The gateway",
    ),
    (
        "S-ROUTE-2",
        "The container's gateway is docker0's own address, and it answers.",
        "docker exec busybox1 ping -c 1 172.17.0.1",
        "The gateway",
    ),
    (
        "S-EGRESS-1",
        "Packets leaving the bridge cross docker0 and are masqueraded to the host.",
        "docker exec busybox1 ping -c 1 198.51.100.2  # to a namespace the suite made; "
        "tcpdump -ni docker0 host 198.51.100.2",
        "The gateway",
    ),
    (
        "D-HOST-1",
        "A --network host container shares the host's namespace; no veth is created.",
        "docker run --rm --network host busybox ip addr",
        "Other drivers",
    ),
    (
        "D-NONE-1",
        "A --network none container has only a loopback; no veth is created.",
        "docker run --rm --network none busybox ip addr",
        "Other drivers",
    ),
    (
        "D-LIFE-1",
        "Removing a container removes its veth and endpoint; an empty docker0 drops carrier.",
        "docker rm -f busybox1; ip link show type veth; docker network inspect bridge",
        "Container lifecycle",
    ),
    (
        "D-LIFE-2",
        "A released address is handed out again, lowest first.",
        "docker rm -f busybox1; docker run -d --name busybox3 busybox; docker exec busybox3 ip addr",
        "Container lifecycle",
    ),
    (
        "D-UBR-1",
        "A user-defined bridge gets its own br-<12 hex> device and its own subnet.",
        "docker network create mynet; ip -d link show type bridge; docker network inspect mynet",
        "User-defined bridges",
    ),
    (
        "D-UBR-2",
        "Containers on a user-defined bridge resolve each other by name; on bridge not.",
        "docker exec c1 nslookup c2 127.0.0.11; docker exec c1 cat /etc/resolv.conf",
        "User-defined bridges",
    ),
    (
        "D-UBR-3",
        "Networks are isolated: a container on one bridge cannot reach one on another.",
        "docker exec c1 ping -c 1 -W 1 <address on the other network>",
        "User-defined bridges",
    ),
    (
        "D-UBR-4",
        "A container connected to a second network gets eth1 with an address of it.",
        "docker network connect mynet busybox1; docker exec busybox1 ip addr show eth1",
        "User-defined bridges",
    ),
    (
        "D-PORT-1",
        "A published port forwards a TCP connection from the host to the container.",
        "docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT",
        "Published ports",
    ),
]

CLAIMS: dict[str, Claim] = {row[0]: Claim(*row) for row in _TABLE}


def claim(*ids: str, title: str, severity: str = allure.severity_level.CRITICAL) -> Callable[[F], F]:
    """Tag a test with the claim IDs it checks (Allure labels, feature/story, pytest marker)."""
    first = CLAIMS[ids[0]]

    def decorate(test: F) -> F:
        decorators = [
            getattr(pytest.mark, first.section),
            pytest.mark.claims(*ids),
            allure.feature(first.feature),
            allure.story(first.text),
            allure.title(title),
            allure.severity(severity),
            *(allure.label("claim", i) for i in ids),
        ]
        for decorator in decorators:
            test = decorator(test)
        return test

    return decorate
