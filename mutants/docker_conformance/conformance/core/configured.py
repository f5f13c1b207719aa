"""What each of the engine's settings means for the claims: the `daemon` profile, and the profile
of `--expect-config FILE`.

A setting does one of three things, as Docker's dockerd reference documents it:

- it moves expectations (profile keys): a claim that follows it *deviates from the documented
  default*, naming the setting and where it came from; one that does not *is internally
  inconsistent*;
- it makes a claim meaningless (D-FWD-1's FORWARD policy with `iptables: false`): the meaning names
  the condition (`iptables=false`), and each claim that declares it (`Not applicable with:`) is
  *not applicable*, naming the setting;
- no claim reads it: the summary lists it as *configured, not judged*.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from typing import Any

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.meanings import MEANINGS, TOGETHER
from docker_conformance.conformance.core.profile import Profile, validate
from docker_conformance.conformance.model.daemon import Configuration, Setting, drift, normal
from docker_conformance.conformance.model.ipv6 import ipam_subnets
from docker_conformance.conformance.model.netns import ipam_config


def derive(
    base: Profile, config: Configuration, bridge: dict[str, Any], *, name: str = "daemon", golden: str = ""
) -> Profile:
    """`base` (the documented default, with its engine changes) with what `config` sets.

    Every value taken from a setting is named in `settings` ("mtu=1450 (dockerd's command line)").
    The engine API fills in what the configuration leaves to the engine: the default bridge's
    subnet (the first free one of its pools), and, where the configuration could not be read,
    what the API shows of its options.
    """
    data, settings, changed = base.model_dump(), dict(base.settings), dict(base.changed)
    inapplicable: dict[str, str] = {}
    not_judged = []

    def configure(key: str, value: Any, setting: str) -> None:
        section, field = key.split(".")
        if value != data[section][field]:
            data[section][field] = value
            settings[key] = setting
            changed.pop(key, None)  # the host's setting, not the engine version, explains it

    for setting_name, setting in config.settings.items():
        meaning = MEANINGS.get(setting_name)
        if meaning is None:
            if setting_name not in TOGETHER | {"config-file"}:  # config-file: where the rest came from
                not_judged.append(setting_name)
            continue
        values, meaningless = meaning(setting.value, data)
        for key, value in values.items():
            configure(key, value, setting.describe(setting_name))
        for condition, why in meaningless.items():  # the claims that declare the condition
            for claim in registry.inapplicable_with(condition):
                inapplicable.setdefault(claim, f"{why}: {setting.describe(setting_name)}")
    if config.value("ipv6") and (v6 := config.value("fixed-cidr-v6")):
        configure("ipv6.default_bridge", v6, config.source("fixed-cidr-v6"))
        configure("container.ipv6_address", v6, config.source("fixed-cidr-v6"))  # S-IPAM-2 agrees
    pools = [ipaddress.IPv4Network(p) for p in data["user_bridge"]["pools"]]
    unjudged: dict[str, tuple[str, dict[str, Any]]] = {}
    _from_api(configure, config, bridge, pools, data, unjudged)
    if (cidr := config.value("fixed-cidr")) and "bip" not in config.settings:
        # no bip: the engine gives docker0 the range's first address, placed in the bridge's subnet
        # (measured on 20.10: fixed-cidr 172.17.5.0/24 -> docker0 172.17.5.0/16, containers .1, .2)
        subnet = ipaddress.IPv4Network(data["bridge"]["subnet"])
        offset = int(ipaddress.IPv4Network(cidr, strict=False).network_address) & int(subnet.hostmask)
        first = str(subnet.network_address + offset)
        configure("bridge.gateway", first, config.settings["fixed-cidr"].describe("fixed-cidr") + ", no bip")
    data |= {
        "name": name,
        "description": "The documented default, with the values this engine is configured to.",
        "settings": settings,
        "changed": changed,
        "inapplicable": inapplicable,
        "unjudged": unjudged,
        "configuration": config.model_dump(),
        "not_judged": tuple(not_judged),
        "expected_config": golden,
    }
    return validate(data, f"derived from {golden or 'the engine'}")


def _from_api(
    configure: Callable[[str, Any, str], None],
    config: Configuration,
    bridge: dict[str, Any],
    pools: list[ipaddress.IPv4Network],
    data: dict[str, Any],
    unjudged: dict[str, tuple[str, dict[str, Any]]],
) -> None:
    ipam = next(
        (c for c in (bridge.get("IPAM") or {}).get("Config") or [] if ":" not in c.get("Subnet", "")),
        ipam_config(bridge),
    )  # the IPv4 config: with `fixed-cidr-v6` the bridge lists an IPv6 one too
    subnet = ipam.get("Subnet")
    network = ipaddress.IPv4Network(subnet, strict=False) if subnet else None
    if network and "bip" not in config.settings and any(network.subnet_of(p) for p in pools):
        source = (
            f"the default bridge's subnet {subnet}, the engine's first free one of "
            + (
                "its default-address-pools"
                if "default-address-pools" in config.settings
                else "its default pools"
            )
            + " (engine API)"
        )
        configure("bridge.subnet", str(network), source)
        configure("bridge.gateway", ipam.get("Gateway") or str(next(network.hosts())), source)
        configure("bridge.broadcast", str(network.broadcast_address), source)
    if not config.unread:
        return
    # the configuration was not (all) read: where the engine shows a value other than the documented
    # one, nothing says whether a setting or a fault made it; its facts are not judged, naming why
    options = bridge.get("Options") or {}
    why = ("configuration_unread_live_value", {"unread": list(config.unread)})
    mtu, v6 = options.get("com.docker.network.driver.mtu"), ipam_subnets(bridge, 6)
    shown = {
        "bridge.options": dict(options) if options else None,
        "container.mtu": int(mtu) if mtu else None,
        "bridge.device": options.get("com.docker.network.bridge.name"),
        "ipv6.default_bridge": v6[0] if bridge.get("EnableIPv6") and v6 else None,
    }
    for key, value in shown.items():
        section, field = key.split(".")
        if value is not None and value != data[section][field]:
            unjudged[key] = why


def expect_config(
    base: Profile, engine: Configuration, golden: dict[str, Any], path: str, bridge: dict[str, Any]
) -> Profile:
    """The profile of `--expect-config FILE`: the host judged by that file, with its drift from
    the engine's own configuration, setting by setting."""
    wanted = Configuration(
        settings={k: Setting(value=normal(k, v), source=path) for k, v in golden.items()}, read=(path,)
    )
    profile = derive(base, wanted, bridge, name=f"expected by {path}", golden=path)
    found = drift(golden, engine, path, set(MEANINGS) | TOGETHER)
    return profile.model_copy(update={"configuration": engine, "drift": tuple(found)})
