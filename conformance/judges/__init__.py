"""The judges: pure functions of (observation, profile) -> Verdict, one module per claim family."""

from __future__ import annotations

from collections.abc import Callable

from conformance.judges import bridge, docker0, egress, install, ipam, ping, route, veth
from conformance.profile import Profile
from conformance.verdict import Verdict
from fixtures.seed import SeedObservation

SeedJudge = Callable[[SeedObservation, Profile], Verdict]

# Every seed claim, judged from the one seed observation.
SEED: dict[str, SeedJudge] = {
    "S-INST-1": install.docker0_exists,
    "S-INST-2": install.docker0_is_the_bridge_network,
    "S-NET-1": install.three_builtin_networks,
    "S-BR-1": docker0.docker0_address,
    "S-BR-2": docker0.docker0_link,
    "S-BR-3": docker0.docker0_mac,
    "S-BR-4": docker0.docker0_carrier,
    "S-IPAM-1": ipam.bridge_ipam,
    "S-IPAM-2": ipam.bridge_lists_containers,
    "S-IPAM-3": ipam.joins_bridge_by_default,
    "S-IPAM-4": ipam.addresses_in_order,
    "S-IPAM-5": ipam.mac_derived_from_ip,
    "S-VETH-1": veth.two_interfaces,
    "S-VETH-2": veth.container_eth0,
    "S-VETH-3": veth.one_host_veth_each,
    "S-VETH-4": veth.pair_indices,
    "S-VETH-5": veth.host_end_on_bridge,
    "S-BRCTL-1": bridge.brctl_view,
    "S-PING-1": lambda seed, profile: ping.containers_reach_each_other(seed.ping, profile),
    "S-ROUTE-1": route.routing_table,
    "S-ROUTE-2": route.gateway_is_docker0,
    "S-EGRESS-1": egress.masqueraded_through_docker0,
}


def judge_all(seed: SeedObservation, profile: Profile) -> dict[str, Verdict]:
    """Every seed claim's verdict, for reports drawn from a saved observation."""
    return {claim: judge(seed, profile) for claim, judge in SEED.items()}
