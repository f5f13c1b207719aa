"""What each of the engine's settings means for the claims, one function a setting, each with
the documentation (or moby's code, where the documentation is silent) that says so.

A meaning takes the setting's value and the profile as data, and returns the profile keys it
moves (their expectations) and the conditions it meets that leave claims nothing to judge (and
why). A claim declares those conditions itself (`Not applicable with: iptables=false`): this
module names no claim.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from typing import Any

# (the setting's value, the profile as data) -> (profile key -> expectation, condition -> why meaningless)
Meaning = Callable[[Any, dict[str, Any]], tuple[dict[str, Any], dict[str, str]]]
MEANINGS: dict[str, Meaning] = {}
OPTION = "com.docker.network.bridge."
TOGETHER = {"ipv6", "fixed-cidr-v6"}  # read together, from the whole configuration (in `derive`)


def means(*names: str) -> Callable[[Meaning], Meaning]:
    def register(meaning: Meaning) -> Meaning:
        for name in names:
            MEANINGS[name] = meaning
        return meaning

    return register


def _options(data: dict[str, Any], **changed: str) -> dict[str, Any]:
    """The default bridge's options with `changed` (`enable_icc="false"`) in them."""
    names = {k: (k if k.startswith("com.") else OPTION + k) for k in changed}
    return {"bridge.options": data["bridge"]["options"] | {names[k]: v for k, v in changed.items()}}


@means("bip")
def _bip(value: str, _data: dict) -> tuple[dict, dict]:
    """the default bridge's address and subnet (dockerd reference
    (docs.docker.com/reference/cli/dockerd/), "--bip"; "Bridge network driver", the default bridge)"""
    interface = ipaddress.IPv4Interface(value)
    network = interface.network
    return {
        "bridge.subnet": str(network),
        "bridge.gateway": str(interface.ip),
        "bridge.broadcast": str(network.broadcast_address),
    }, {}


@means("fixed-cidr")
def _fixed_cidr(value: str, _data: dict) -> tuple[dict, dict]:
    """the range the default bridge's containers get addresses from, nested in its subnet (dockerd
    reference (docs.docker.com/reference/cli/dockerd/), "--fixed-cidr"); without bip, docker0 takes the
    range's first address (measured, in `derive`)"""
    return {"bridge.fixed_cidr": value}, {}


@means("default-address-pools")
def _pools(value: list[dict], _data: dict) -> tuple[dict, dict]:
    """the pools user networks get their subnets from (dockerd reference
    (docs.docker.com/reference/cli/dockerd/), "--default-address-pool"; "Networking overview", address
    pools)"""
    return {"user_bridge.pools": tuple(p["base"] for p in value)}, {}


@means("mtu")
def _mtu(value: int, data: dict) -> tuple[dict, dict]:
    """the default bridge's MTU, and its containers' eth0 (dockerd reference
    (docs.docker.com/reference/cli/dockerd/), "--mtu")"""
    return {"container.mtu": value, **_options(data, **{"com.docker.network.driver.mtu": str(value)})}, {}


@means("ip")
def _ip(value: str, data: dict) -> tuple[dict, dict]:
    """dockerd --ip: ports published on the default bridge without an address bind `value` only
    (dockerd reference, "--ip"); a user network's are not touched (measured on 20.10: D-PORT-2's
    and D-V6-5's ports are a user network's, and bind every address). On the default bridge the
    DNAT rule matches that address (`-d VALUE/32`), and on loopback, another host reaches nothing."""
    moved = _options(data, host_binding_ipv4=value)
    if value == "0.0.0.0":
        return moved, {}
    nat = data["firewall"]["nat"]
    every = (
        "-A DOCKER ! -i {bridge} -p tcp -m tcp --dport {port} -j DNAT --to-destination {published}:{cport}"
    )
    if isinstance(nat, (list, tuple)) and every in nat:
        moved["firewall.nat"] = tuple(
            rule.replace("-A DOCKER ! -i", f"-A DOCKER -d {value}/32 ! -i") if rule == every else rule
            for rule in nat
        )
        raw = data["firewall"]["raw"]
        if value.startswith("127.") and isinstance(raw, (list, tuple)) and raw:  # 28.0 on: drop it off lo
            dropped = f"-A PREROUTING -d {value}/32 ! -i lo -p tcp -m tcp --dport {{port}} -j DROP"
            moved["firewall.raw"] = (*raw, dropped)
    if value.startswith("127."):
        return moved | {"reach.published": False}, {}
    return moved, {"ip=ADDRESS": f"-p PORT:8080 binds {value} only: what another host reaches depends on it"}


@means("dns")
def _dns(value: list[str], _data: dict) -> tuple[dict, dict]:
    """the default bridge's containers' nameservers (dockerd reference
    (docs.docker.com/reference/cli/dockerd/), "--dns"; "Container networking", DNS services)"""
    return {"files.dns": tuple(value)}, {}


@means("dns-opts")
def _dns_opts(value: list[str], _data: dict) -> tuple[dict, dict]:
    """their resolv.conf options (dockerd reference (docs.docker.com/reference/cli/dockerd/), "--dns-opt")"""
    return {"files.dns_options": tuple(value)}, {}


@means("dns-search")
def _dns_search(value: list[str], _data: dict) -> tuple[dict, dict]:
    """their search domains (dockerd reference (docs.docker.com/reference/cli/dockerd/), "--dns-search")"""
    return {"files.dns_search": tuple(value)}, {}


@means("host-gateway-ip", "host-gateway-ips")
def _host_gateway(value: str | list[str], _data: dict) -> tuple[dict, dict]:
    """what host-gateway maps to in --add-host (dockerd reference
    (docs.docker.com/reference/cli/dockerd/), "--host-gateway-ip")"""
    addresses = [value] if isinstance(value, str) else value
    v4 = [a for a in addresses if ipaddress.ip_address(a).version == 4]
    return ({"files.host_gateway": v4[0]} if v4 else {}), {}


def _rules(data: dict, table: str, replaced: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    """D-FW-2's expected `table` with each rule in `replaced` put in place of its replacement
    (nothing when the table is not measured for this version)."""
    rules = data["firewall"][table]
    if not isinstance(rules, (list, tuple)) or not set(replaced) & set(rules):
        return {}
    return {f"firewall.{table}": tuple(new for rule in rules for new in replaced.get(rule, (rule,)))}


@means("icc")
def _icc(value: bool, data: dict) -> tuple[dict, dict]:
    """icc=false: containers on the default bridge do not reach each other, and D-FW-2's rules for it
    drop what goes from the bridge to itself, as moby writes them: before 28.0.1 in FORWARD
    (measured on 20.10); from 28.0.1 in DOCKER-FORWARD, and on nftables in the bridge's forward-in
    chain (moby's iptablesdoc and nftablesdoc, usernet-portmap-noicc.md)."""
    if value:
        return {}, {}
    icc = 'filter-forward-in__{bridge}: iifname "{bridge}" counter '
    return {
        "bridge.icc": False,
        **_options(data, enable_icc="false"),
        **_rules(data, "filter", {
            "-A FORWARD -i {bridge} -o {bridge} -j ACCEPT": ("-A FORWARD -i {bridge} -o {bridge} -j DROP",),
            "-A DOCKER-FORWARD -i {bridge} -j ACCEPT": (
                "-A DOCKER-FORWARD -i {bridge} -o {bridge} -j DROP",
                "-A DOCKER-FORWARD -i {bridge} ! -o {bridge} -j ACCEPT",
            ),
        }),
        **_rules(data, "nft", {f'{icc}accept comment "ICC"': (f'{icc}drop comment "ICC"',)}),
    }, {}  # fmt: skip


@means("ip-masq")
def _ip_masq(value: bool, data: dict) -> tuple[dict, dict]:
    """ip-masq=false: no MASQUERADE for the default bridge's subnet (dockerd reference
    (docs.docker.com/reference/cli/dockerd/), "--ip-masq")"""
    if value:
        return {}, {}
    why = "the rules Docker documents include the bridge's MASQUERADE"
    moved = {"egress.masquerade": False, **_options(data, enable_ip_masquerade="false")}
    return moved, {"ip-masq=false": why}


@means("iptables")
def _iptables(value: bool, data: dict) -> tuple[dict, dict]:
    """iptables=false: Docker writes no packet filter rules at all, and ip-masq goes with it (dockerd
    reference (docs.docker.com/reference/cli/dockerd/), "--iptables"; moby daemon/daemon_unix.go,
    verifyDaemonSettings)"""
    if value:
        return {}, {}
    # dockerd turns ip-masq off with iptables (moby daemon/daemon_unix.go, verifyDaemonSettings)
    why = "the engine writes no packet filter rules, so nothing of Docker's isolates, guards or blocks"
    moved = {"egress.masquerade": False, **_options(data, enable_ip_masquerade="false")}
    return moved, {"iptables=false": why}


@means("ip6tables")
def _ip6tables(value: bool, _data: dict) -> tuple[dict, dict]:
    """ip6tables=false: Docker writes no IPv6 rules (dockerd reference, "--ip6tables"), so IPv6 leaves
    a network with the container's own address and a published port is reached over IPv6 only
    through the userland proxy, as before 27.0 (27.0 release notes, moby PR 47747)."""
    if value:
        return {"ipv6.masquerade": True}, {}
    return {"ipv6.masquerade": False, "firewall.ip6_chains": (), "ipv6.published_via": "userland proxy"}, {}


@means("ip-forward")
def _ip_forward(value: bool, _data: dict) -> tuple[dict, dict]:
    """ip-forward=false: the engine leaves IPv4 forwarding as the host has it (dockerd reference
    (docs.docker.com/reference/cli/dockerd/), "--ip-forward")"""
    if value:
        return {}, {}
    why = (
        "the engine leaves IPv4 forwarding to the host, so whatever is routed through it is the host's choice"
    )
    return {}, {"ip-forward=false": why}


@means("userland-proxy")
def _userland_proxy(value: bool, data: dict) -> tuple[dict, dict]:
    """userland-proxy=false: no docker-proxy, loopback and hairpin traffic through NAT rules instead
    (dockerd reference (docs.docker.com/reference/cli/dockerd/), "--userland-proxy"; "Packet filtering and
    firewalls")"""
    if value:
        return {}, {}
    meaningless = {"userland-proxy=false": "the nat rules Docker documents are those with the userland proxy"}
    moved: dict[str, Any] = {"ports.ipv6_loopback": False}
    if data["ipv6"]["published_via"] == "userland proxy":  # before 27.0: no ip6tables DNAT either
        meaningless["userland-proxy=false, before 27.0"] = (
            "with no userland proxy this engine version publishes nothing over IPv6"
        )
        # and nothing listens on :: for it: only the IPv4 binding is shown (measured on 20.10)
        moved["ports.any_host_ips"] = tuple(a for a in data["ports"]["any_host_ips"] if ":" not in a)
    return moved, meaningless


@means("default-gateway")
def _default_gateway(value: str, _data: dict) -> tuple[dict, dict]:
    """the containers' default gateway on the default bridge (dockerd reference
    (docs.docker.com/reference/cli/dockerd/), "--default-gateway")"""
    why = f"the containers' gateway is {value}, not docker0"
    return {"container.gateway": value}, {"default-gateway": why}


@means("allow-direct-routing")
def _direct_routing(value: bool, data: dict) -> tuple[dict, dict]:
    """allow-direct-routing (28.0 release notes, moby PR 48724; moby's `filterDirectAccess` adds
    no "DIRECT ACCESS" drop with it): another host reaches published ports at a container's
    address (unpublished ones stay dropped by the filter table); a 127.0.0.1 port's drop stays."""
    if not value:
        return {}, {}
    moved: dict[str, Any] = {"reach.direct_published": "reached", "gateway_modes.untrusted": "reached"}
    if isinstance(raw := data["firewall"]["raw"], (list, tuple)):
        moved["firewall.raw"] = tuple(r for r in raw if not _DIRECT_ACCESS.match(r))
    if isinstance(nft := data["firewall"]["nft"], (list, tuple)):
        moved["firewall.nft"] = tuple(r for r in nft if '"DROP DIRECT ACCESS"' not in r)
    return moved, {}


_DIRECT_ACCESS = re.compile(r"-A PREROUTING -d \{\w+\}/32 ! -i \{bridge\} -j DROP$")  # a container's address


@means("bridge-accept-fwmark")
def _accept_fwmark(value: str, data: dict) -> tuple[dict, dict]:
    """Docker 29 (moby PR 50476): each bridge accepts packets with this firewall mark/mask, one rule
    more in what D-FW-2 compares: `-m mark --mark` in DOCKER-FORWARD, as iptables prints it in hex
    (moby's iptabler/network.go), or `meta mark` in the bridge's forward-in chain (its nftabler)."""
    mark, _, mask = str(value).partition("/")
    m, k = int(mark, 0), int(mask, 0) if mask else None
    moved: dict[str, Any] = {}
    if isinstance(filter_rules := data["firewall"]["filter"], (list, tuple)):
        shown = f"{m:#x}/{k:#x}" if k is not None else f"{m:#x}"
        moved["firewall.filter"] = (*filter_rules, f"-A DOCKER-FORWARD -m mark --mark {shown} -j ACCEPT")
    if isinstance(nft := data["firewall"]["nft"], (list, tuple)):
        match = f"& {k:#010x} == {m:#010x}" if k is not None else f"{m:#010x}"
        moved["firewall.nft"] = (
            *nft,
            f'filter-forward-in__{{bridge}}: meta mark {match} counter accept comment "ALLOW FW MARK"',
        )
    return moved, {}


@means("firewall-backend")
def _firewall_backend(_value: str, _data: dict) -> tuple[dict, dict]:
    """The backend's documented differences are [[changes]] limited to it (`backend`), applied for
    the backend the engine reports it runs (docker info FirewallBackend): the setting is read, and
    what it moves is named there, with moby's sources."""
    return {}, {}


@means("bridge")
def _bridge(value: str, data: dict) -> tuple[dict, dict]:
    """a bridge of the host's own as the default bridge (dockerd reference
    (docs.docker.com/reference/cli/dockerd/), "--bridge")"""
    return {"bridge.device": value, **_options(data, name=value)}, {}


@means("default-network-opts")
def _network_opts(value: dict[str, dict[str, str]], _data: dict) -> tuple[dict, dict]:
    """the options new networks default to (dockerd reference (docs.docker.com/reference/cli/dockerd/),
    "--default-network-opt")"""
    bridge = value.get("bridge", {})
    if bridge.get(OPTION + "enable_icc") != "false":
        return {}, {}
    why = "new bridge networks default to enable_icc=false, so their containers do not reach each other"
    return {}, {"default-network-opts=enable_icc=false": why}
