"""S-INST-*, S-NET-1: what installing (and running) the engine puts on the host."""

from __future__ import annotations

from conformance.profile import Profile
from conformance.verdict import Judgement, Verdict
from fixtures.seed import SeedObservation


def docker0_exists(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-INST-1: a running engine creates a host interface named docker0."""
    j = Judgement("S-INST-1", profile)
    device = profile.bridge.device
    present = seed.before.host.interface(device)
    j.expect("bridge device on the host", "bridge.device", present.name if present else None)
    j.attach("host links (netlink)", seed.before.host.dump())
    return j.verdict()


def docker0_is_the_bridge_network(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-INST-2: docker0 is a Linux bridge and the device of the network named bridge."""
    j = Judgement("S-INST-2", profile)
    link = seed.before.host.interface(profile.bridge.device)
    j.expect("link kind", "bridge.driver", link.kind if link else None)
    j.expect("network driver", "bridge.driver", seed.before.bridge.get("Driver"))
    j.expect("network's bridge device", "bridge.device", seed.before.device)
    j.attach("docker network inspect bridge (Options)", str(seed.before.bridge.get("Options")))
    return j.verdict()


def three_builtin_networks(seed: SeedObservation, profile: Profile) -> Verdict:
    """S-NET-1: the engine provides exactly three built-in networks."""
    j = Judgement("S-NET-1", profile)
    builtin_names = {"bridge", "host", "none"}
    observed = sorted(
        (n["Name"], n["Driver"], n["Scope"]) for n in seed.networks if n["Name"] in builtin_names
    )
    expected = sorted((n.name, n.driver, n.scope) for n in profile.networks.builtin)
    j.fact("built-in networks (name, driver, scope)", expected, observed)
    others = sorted(n["Name"] for n in seed.networks if n["Name"] not in builtin_names)
    if others:
        j.note(f"user-defined networks also listed: {', '.join(others)}")
    j.attach(
        "docker network ls",
        "\n".join(f"{n['Id'][:12]}  {n['Name']:<20} {n['Driver']:<10} {n['Scope']}" for n in seed.networks),
    )
    return j.verdict()
