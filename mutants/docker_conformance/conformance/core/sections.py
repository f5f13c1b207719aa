"""The profile's sections: what each part of an engine is expected to show (see profiles/default.toml)."""

from __future__ import annotations

import ipaddress
from typing import Literal

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BuiltinNetwork(Strict):
    name: str
    driver: str
    scope: str


class Networks(Strict):
    builtin: tuple[BuiltinNetwork, ...]


class Bridge(Strict):
    network: str
    driver: str
    device: str
    subnet: str
    gateway: str
    broadcast: str
    mtu: int
    qdisc: str
    flags: tuple[str, ...]
    link_type: str
    mac: Literal["02:42", "local"]
    stp: bool
    ipam_driver: str
    ipam_options: dict[str, str] | None = None
    config_only: bool
    scope: str
    priority: str  # the bridge id's priority part, as `brctl show` prints it
    empty_state: str  # operstate with no port
    busy_state: str  # operstate with a port
    # with no container: there, not made yet (or deleted with the last), or "first-use": made with
    # the first container and kept after (absent only on a host where none has run yet)
    idle: Literal["present", "absent", "first-use"] = "present"
    options: dict[str, str]  # the default bridge network's Options
    icc: bool = True  # its containers reach each other (`icc`)
    fixed_cidr: str = ""  # the range its containers' addresses come from ("": the whole subnet)
    allocation: Literal["lowest-free", "next"] = "lowest-free"  # a released address's turn

    @property
    def prefixlen(self) -> int:
        return ipaddress.IPv4Network(self.subnet).prefixlen

    @property
    def netmask(self) -> str:
        return str(ipaddress.IPv4Network(self.subnet).netmask)


class Container(Strict):
    device: str
    scope: str
    mtu: int
    interfaces: tuple[str, ...]
    loopback: str
    loopback_mtu: int
    loopback_flags: tuple[str, ...]
    veth_state: str  # the host end's operstate
    ipv6_address: str  # IPv6Address in the bridge network's listing
    eth0_flags: tuple[str, ...]
    mac: Literal["from-ip", "local"]
    veth_name: str
    peer_indices: Literal["adjacent", "cross"]
    ttl: int
    eth0_ipv6: tuple[str, ...]  # eth0's IPv6 address scopes on an IPv4-only network (() : none)
    eth0_disable_ipv6: str  # /proc/sys/net/ipv6/conf/eth0/disable_ipv6 there
    lo_ipv6: tuple[str, ...]  # lo's IPv6 addresses there
    gateway: str = ""  # the default route's gateway ("": the bridge's own address)


class Files(Strict):
    hosts_localhost: str
    hosts_ipv6: tuple[str, ...]
    hosts_ipv6_when: Literal["container-has-ipv6", "always"]
    # "engine": the engine writes its own lines, localhost first; "host": the engine host's own
    # /etc/hosts is the base, after the --add-host lines, and a container's entry may name more
    hosts_base: Literal["engine", "host"] = "engine"
    hostname: Literal["short-id"]
    resolv_fallback: tuple[str, ...]
    resolv_user: tuple[str, ...]
    alias_on_bridge: str
    ip_on_bridge: str
    dns: tuple[str, ...] = ()  # the default bridge's nameservers (): the engine's host's, as documented
    dns_options: tuple[str, ...] = ()  # its `options` (): the host's
    dns_search: tuple[str, ...] = ()  # its `search` domains (): the host's
    host_gateway: str = ""  # what `host-gateway` maps to ("": the default bridge's gateway)


class Ports(Strict):
    any_host_ips: tuple[str, ...]
    ipv6_loopback: bool
    loopback_only: bool
    hairpin: bool


class Forwarding(Strict):
    ip_forward: str
    first_jump: str
    policy: str


class Egress(Strict):
    routed_ttl: int
    masquerade: bool


class UserBridge(Strict):
    device: str
    kind: str  # the link kind of its device
    dns: str
    pools: tuple[str, ...]


class Drivers(Strict):
    none_interfaces: tuple[str, ...]


class Internal(Strict):
    default_route: bool


class ICC(Strict):
    blocked: bool  # enable_icc=false: no reply between two of its containers
    mtu: int  # the MTU the suite asks of its custom network


class Reach(Strict):
    """What another host reaches through this one (D-REACH-*, D-FW-1)."""

    published: bool  # -p PORT:8080 answers through this host's address
    # an unpublished port, routed to: "blocked" whatever FORWARD's policy (28.0 on); "policy": blocked
    # by the DROP policy the engine sets when it enables forwarding (before 28.0: a host whose policy
    # is ACCEPT is exposed, and fails); "exposed": a host that forwards on purpose says so (its
    # profile names why in `settings`), or one no other host can route to (rootless)
    unpublished: Literal["blocked", "policy", "exposed"]
    direct_published: Literal["blocked", "reached"]  # a published container's own address, routed to
    # a port published on 127.0.0.1, sent to through this host: "blocked"; "unprotected": no rule
    # stops it (either outcome holds, and the verdict says which was seen)
    loopback_published: Literal["blocked", "unprotected"]
    user_rule_blocks: bool  # a DOCKER-USER rule applies before Docker's own
    # where the user's own rules go before Docker's: FORWARD's chain ("DOCKER-USER"), "" (the engine
    # keeps no place for them), or OWN_TABLE (nftables: a table of the user's, hooked before Docker's)
    user_chain: str = "DOCKER-USER"
    # a port published on every address, reached from another host after the engine's firewall backend
    # switched from iptables on a host whose FORWARD policy is DROP (U-UPORT-2): "kept", or "dropped"
    # (the nftables backend removes the iptables backend's ACCEPT rules and leaves the policy)
    published_after_switch: Literal["kept", "dropped"] = "kept"


NotMeasured = Literal["not measured"]
OWN_TABLE = "a table of the user's own"


class Firewall(Strict):
    """The rules Docker documents for the default bridge and a published port (D-FW-2), as
    templates of {bridge}, {subnet}, {published}, {loopback}, {unpublished} (the containers'
    addresses), {port}, {lport} (the published host ports) and {cport} (the container's port).
    A table given as "not measured" is documented, but its rules were never seen here: it is not
    judged."""

    layout: str  # FORWARD's layout, in words
    filter: tuple[str, ...] | NotMeasured
    nat: tuple[str, ...] | NotMeasured
    raw: tuple[str, ...] | NotMeasured
    ip6_chains: tuple[str, ...] | NotMeasured  # Docker's chains in ip6tables' filter table
    # the nftables backend (29.0 on): Docker's table `ip docker-bridges` as `nft_lines` (packet_filter.py)
    # renders it, the lines for the default bridge and the suite's own; `ip6 docker-bridges`'s chains
    nft: tuple[str, ...] | NotMeasured = "not measured"
    nft6_chains: tuple[str, ...] | NotMeasured = "not measured"


class EngineDefaults(Strict):
    """What the engine itself documents of its API and storage (no claim judges these: the upgrade
    diff names the change that explains them when they move)."""

    min_api_version: str  # the oldest API version the daemon serves
    image_store: str  # "graph drivers" or "containerd" (the containerd image store, on a fresh install)


class GatewayModes(Strict):
    """Which of the bridge network's gateway modes the engine documents (D-GWM-*)."""

    routed: bool  # com.docker.network.bridge.gateway_mode_ipv4=routed
    nat_unprotected: bool  # =nat-unprotected
    isolated: bool  # =isolated (with --internal)
    trusted_interfaces: bool  # com.docker.network.bridge.trusted_host_interfaces
    # another link than the trusted one, routing to a nat network's container: "blocked" (28.0 on);
    # "reached" where the engine allows direct routing from everywhere (`allow-direct-routing`)
    untrusted: Literal["blocked", "reached"] = "blocked"


class Ipv6(Strict):
    """Dual stack (D-V6-*): what an IPv6 network, and the default bridge with IPv6, show."""

    gateway: int  # the bridge's address in the subnet: its first (::1)
    addresses: tuple[int, ...]  # the first containers' addresses, in order (::2, ::3)
    disable_ipv6: str  # /proc/sys/net/ipv6/conf/eth0/disable_ipv6 in its containers
    masquerade: bool  # traffic leaving the network reaches the outside from this host's address
    # how [host address]:PORT reaches it; rootless: RootlessKit publishes it in the user's namespace
    published_via: Literal[
        "ip6tables DNAT", "nftables DNAT", "userland proxy", "not reachable in the engine's namespace"
    ]
    auto_subnet: Literal["ula", "refused"]  # `--ipv6` with no subnet: an fd00::/8 /64, or refused
    auto_refused: str  # the engine's words when it refuses
    default_bridge: str  # the default bridge's IPv6 subnet ("": none, the documented default)
