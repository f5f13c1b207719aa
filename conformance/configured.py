"""What each of the engine's settings means for the claims: the `daemon` profile, and the profile
of `--expect-config FILE`.

A setting does one of three things, as Docker's dockerd reference documents it:

- it moves expectations (profile keys): a claim that follows it *deviates from the documented
  default*, naming the setting and where it came from; one that does not *is internally
  inconsistent*;
- it makes a claim meaningless (D-FWD-1's FORWARD policy with `iptables: false`): that claim is
  *not applicable*, naming the setting;
- no claim reads it: the summary lists it as *configured, not judged*.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from typing import Any

from conformance.model.daemon import Configuration, Setting, drift, normal
from conformance.model.ipv6 import ipam_subnets
from conformance.model.netns import ipam_config
from conformance.profile import Profile, validate

# (the setting's value, the profile as data) -> (profile key -> expectation, claim -> why meaningless)
Meaning = Callable[[Any, dict[str, Any]], tuple[dict[str, Any], dict[str, str]]]
MEANINGS: dict[str, Meaning] = {}
OPTION = "com.docker.network.bridge."
TOGETHER = {"ipv6", "fixed-cidr-v6"}  # read together, from the whole configuration (in `derive`)
ROUTED = ("S-EGRESS-1", "D-PORT-3", "D-REACH-1", "D-REACH-2", "D-REACH-3", "D-REACH-4", "D-V6-4", "D-V6-5")


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
    interface = ipaddress.IPv4Interface(value)
    network = interface.network
    return {
        "bridge.subnet": str(network),
        "bridge.gateway": str(interface.ip),
        "bridge.broadcast": str(network.broadcast_address),
    }, {}


@means("fixed-cidr")
def _fixed_cidr(value: str, _data: dict) -> tuple[dict, dict]:
    return {"bridge.fixed_cidr": value}, {}


@means("default-address-pools")
def _pools(value: list[dict], _data: dict) -> tuple[dict, dict]:
    return {"user_bridge.pools": tuple(p["base"] for p in value)}, {}


@means("mtu")
def _mtu(value: int, data: dict) -> tuple[dict, dict]:
    return {"container.mtu": value, **_options(data, **{"com.docker.network.driver.mtu": str(value)})}, {}


@means("ip")
def _ip(value: str, data: dict) -> tuple[dict, dict]:
    expected = _options(data, host_binding_ipv4=value)
    if value == "0.0.0.0":
        return expected, {}
    why = f"-p PORT:8080 binds {value} only, not every address"
    return expected, dict.fromkeys(("D-PORT-2", "D-REACH-1", "D-V6-5"), why)


@means("dns")
def _dns(value: list[str], _data: dict) -> tuple[dict, dict]:
    return {"files.dns": tuple(value)}, {}


@means("dns-opts")
def _dns_opts(value: list[str], _data: dict) -> tuple[dict, dict]:
    return {"files.dns_options": tuple(value)}, {}


@means("dns-search")
def _dns_search(value: list[str], _data: dict) -> tuple[dict, dict]:
    return {"files.dns_search": tuple(value)}, {}


@means("host-gateway-ip", "host-gateway-ips")
def _host_gateway(value: str | list[str], _data: dict) -> tuple[dict, dict]:
    addresses = [value] if isinstance(value, str) else value
    v4 = [a for a in addresses if ipaddress.ip_address(a).version == 4]
    return ({"files.host_gateway": v4[0]} if v4 else {}), {}


def _turned_off(key: str, option: str, why: str) -> Meaning:
    """A boolean setting whose `false` turns profile key `key` and the bridge's `option` off, and
    leaves D-FW-2's documented rules meaningless."""

    def meaning(value: bool, data: dict) -> tuple[dict, dict]:
        if value:
            return {}, {}
        return {key: False, **_options(data, **{option: "false"})}, {"D-FW-2": why}

    return meaning


MEANINGS["icc"] = _turned_off(
    "bridge.icc",
    "enable_icc",
    "the rules Docker documents are those of a bridge with inter-container traffic on",
)
MEANINGS["ip-masq"] = _turned_off(
    "egress.masquerade", "enable_ip_masquerade", "the rules Docker documents include the bridge's MASQUERADE"
)


@means("iptables")
def _iptables(value: bool, data: dict) -> tuple[dict, dict]:
    if value:
        return {}, {}
    # dockerd turns ip-masq off with iptables (moby daemon/daemon_unix.go, verifyDaemonSettings)
    why = "the engine writes no packet filter rules, so nothing of Docker's isolates, guards or blocks"
    return {"egress.masquerade": False, **_options(data, enable_ip_masquerade="false")}, {
        c: why
        for c in ("D-FWD-1", "D-FW-1", "D-FW-2", "D-UBR-3", "D-ICC-1", "D-REACH-2", "D-REACH-3", "D-REACH-4")
    }


@means("ip6tables")
def _ip6tables(value: bool, _data: dict) -> tuple[dict, dict]:
    if value:
        return {"ipv6.masquerade": True}, {}
    return {"ipv6.masquerade": False, "firewall.ip6_chains": ()}, {
        "D-V6-5": "without ip6tables nothing but a userland proxy publishes over IPv6"
    }


@means("ip-forward")
def _ip_forward(value: bool, _data: dict) -> tuple[dict, dict]:
    if value:
        return {}, {}
    why = (
        "the engine leaves IPv4 forwarding to the host, so whatever is routed through it is the host's choice"
    )
    return {}, {c: why for c in ("D-FWD-1", *ROUTED)}


@means("userland-proxy")
def _userland_proxy(value: bool, data: dict) -> tuple[dict, dict]:
    if value:
        return {}, {}
    meaningless = {"D-FW-2": "the nat rules Docker documents are those with the userland proxy"}
    if data["ipv6"]["published_via"] == "userland proxy":  # before 27.0: no ip6tables DNAT either
        meaningless["D-V6-5"] = "with no userland proxy this engine version publishes nothing over IPv6"
    return {"ports.ipv6_loopback": False}, meaningless


@means("default-gateway")
def _default_gateway(value: str, _data: dict) -> tuple[dict, dict]:
    return {"container.gateway": value}, {"S-ROUTE-2": f"the containers' gateway is {value}, not docker0"}


@means("allow-direct-routing")
def _direct_routing(value: bool, _data: dict) -> tuple[dict, dict]:
    if not value:
        return {}, {}
    return {"reach.unpublished": "policy", "reach.direct_published": "reached"}, {
        "D-FW-2": "the raw-table rules Docker documents are those that block direct routing"
    }


@means("bridge")
def _bridge(value: str, data: dict) -> tuple[dict, dict]:
    return {"bridge.device": value, **_options(data, name=value)}, {}


@means("default-network-opts")
def _network_opts(value: dict[str, dict[str, str]], _data: dict) -> tuple[dict, dict]:
    bridge = value.get("bridge", {})
    if bridge.get(OPTION + "enable_icc") != "false":
        return {}, {}
    why = "new bridge networks default to enable_icc=false, so their containers do not reach each other"
    return {}, dict.fromkeys(("D-UBR-2", "D-ALIAS-1", "D-V6-3"), why)


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
        for claim, why in meaningless.items():
            inapplicable.setdefault(claim, f"{why}: {setting.describe(setting_name)}")
    if config.value("ipv6") and (v6 := config.value("fixed-cidr-v6")):
        configure("ipv6.default_bridge", v6, config.source("fixed-cidr-v6"))
    pools = [ipaddress.IPv4Network(p) for p in data["user_bridge"]["pools"]]
    _from_api(configure, config, bridge, pools)
    data |= {
        "name": name,
        "description": "The documented default, with the values this engine is configured to.",
        "settings": settings,
        "changed": changed,
        "inapplicable": inapplicable,
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
    options = bridge.get("Options") or {}  # the configuration was not (all) read: what the API shows
    if mtu := options.get("com.docker.network.driver.mtu"):
        configure("container.mtu", int(mtu), f"mtu={mtu} (engine API bridge option)")
    if options:
        configure("bridge.options", dict(options), "the default bridge's options (engine API)")
    if device := options.get("com.docker.network.bridge.name"):
        configure("bridge.device", device, f"bridge device {device} (engine API bridge option)")
    if bridge.get("EnableIPv6") and (v6 := ipam_subnets(bridge, 6)):
        configure("ipv6.default_bridge", v6[0], f"fixed-cidr-v6={v6[0]} (engine API: the bridge's IPAM)")


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
