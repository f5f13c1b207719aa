"""Expectations as data: the documented default, a profile derived from the engine, or a file.

A profile answers "what should this engine show?". The documented default (the seed's
values) is always kept beside it, so that a verdict can say whether an expectation is the
seed's own or one the host was configured to (and by which setting).
"""

from __future__ import annotations

import ipaddress
import json
import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from conformance.errors import ExitStatus, SuiteError
from conformance.model.netns import ipam_config

DEFAULT_FILE = Path(__file__).with_name("profiles") / "default.toml"
DAEMON_JSON = Path("/etc/docker/daemon.json")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BuiltinNetwork(_Strict):
    name: str
    driver: str
    scope: str


class Networks(_Strict):
    builtin: tuple[BuiltinNetwork, ...]


class Bridge(_Strict):
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
    options: dict[str, str]  # the default bridge network's Options

    @property
    def prefixlen(self) -> int:
        return ipaddress.IPv4Network(self.subnet).prefixlen

    @property
    def netmask(self) -> str:
        return str(ipaddress.IPv4Network(self.subnet).netmask)


class Container(_Strict):
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


class Files(_Strict):
    hosts_localhost: str
    hosts_ipv6: tuple[str, ...]
    hosts_ipv6_when: Literal["container-has-ipv6", "always"]
    hostname: Literal["short-id"]
    resolv_fallback: tuple[str, ...]
    resolv_user: tuple[str, ...]
    alias_on_bridge: str
    ip_on_bridge: str


class Ports(_Strict):
    any_host_ips: tuple[str, ...]
    ipv6_loopback: bool
    loopback_only: bool
    hairpin: bool


class Forwarding(_Strict):
    ip_forward: str
    first_jump: str
    policy: str


class Egress(_Strict):
    routed_ttl: int
    masquerade: bool


class UserBridge(_Strict):
    device: str
    kind: str  # the link kind of its device
    dns: str
    pools: tuple[str, ...]


class Drivers(_Strict):
    none_interfaces: tuple[str, ...]


class Internal(_Strict):
    default_route: bool


class ICC(_Strict):
    blocked: bool  # enable_icc=false: no reply between two of its containers
    mtu: int  # the MTU the suite asks of its custom network


def version_tuple(version: str) -> tuple[int, ...]:
    """`28.5.2+dfsg1` -> (28, 5, 2)."""
    return tuple(int(part) for part in re.findall(r"\d+", version.split("+")[0].split("-")[0])[:3])


class Change(_Strict):
    """A documented behaviour an engine version changed, with the source that documents it."""

    engine: str = "Docker Engine"
    since: str
    until: str | None = None  # exclusive
    source: str
    values: dict[str, Any]

    @property
    def span(self) -> str:
        """The versions it covers, in words: `since 28.0`, `before 25.0`, `25.0 to 28.0`."""
        if self.until is None:
            return f"since {self.since}"
        return (
            f"before {self.until}" if version_tuple(self.since) == (0,) else f"{self.since} to {self.until}"
        )

    def applies(self, engine: str, version: str) -> bool:
        v = version_tuple(version)
        return (
            engine == self.engine
            and v >= version_tuple(self.since)
            and (self.until is None or v < version_tuple(self.until))
        )


class Profile(_Strict):
    name: str
    description: str = ""
    networks: Networks
    bridge: Bridge
    container: Container
    egress: Egress
    user_bridge: UserBridge
    drivers: Drivers
    internal: Internal
    files: Files
    ports: Ports
    forwarding: Forwarding
    icc: ICC
    # dotted key -> the host setting that explains a value differing from the default
    settings: dict[str, str] = {}
    changes: tuple[Change, ...] = ()
    # dotted key -> the documented engine change in force for the engine under test
    changed: dict[str, str] = {}

    def value(self, key: str) -> Any:
        node: Any = self
        for part in key.split("."):
            node = getattr(node, part)
        return node

    @model_validator(mode="after")
    def _changes_name_real_keys(self) -> Profile:
        for change in self.changes:
            for key in change.values:
                section, _, name = key.partition(".")
                if name not in getattr(type(getattr(self, section, None)), "model_fields", {}):
                    raise ValueError(f"changes: {key!r} is not a profile key")
        return self

    def for_engine(self, engine: str, version: str) -> Profile:
        """This profile with the documented changes in force for `engine` `version`."""
        data, changed = self.model_dump(), dict(self.changed)
        for change in self.changes:
            if change.applies(engine, version):
                for key, value in change.values.items():
                    section, name = key.split(".")
                    data[section][name] = value
                    changed[key] = f"{change.source} ({engine} {change.span})"
        data["changed"] = changed
        return _validate(data, f"{self.name} for {engine} {version}")


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = _merge(base[key], value)
        else:
            merged[key] = value
    return merged


def _validate(data: dict[str, Any], origin: str) -> Profile:
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"`{'.'.join(str(p) for p in err['loc'])}`: {err['msg']}" for err in exc.errors()
        )
        raise SuiteError(
            f"the profile {origin} is invalid: {problems}. Keys and their meaning are in "
            f"{DEFAULT_FILE.name}; a profile file gives only the keys that differ from it.",
            ExitStatus.INVALID_PROFILE,
        ) from None


@cache
def _default_data() -> dict[str, Any]:
    return tomllib.loads(DEFAULT_FILE.read_text())


def documented() -> Profile:
    """The seed's values: the reference every verdict is told against."""
    return _validate(_default_data(), str(DEFAULT_FILE))


def from_file(path: Path) -> Profile:
    """A user's profile, laid over the documented default and validated."""
    try:
        data = tomllib.loads(path.read_text())
    except OSError as exc:
        raise SuiteError(
            f"cannot read the profile {path} ({exc.strerror}).", ExitStatus.INVALID_PROFILE
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise SuiteError(
            f"the profile {path} is not valid TOML ({exc}).", ExitStatus.INVALID_PROFILE
        ) from None
    return _validate(_merge(_default_data(), data), str(path))


def read_daemon_json(path: Path = DAEMON_JSON) -> dict[str, Any]:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def derive(bridge: dict[str, Any], daemon_json: dict[str, Any]) -> Profile:
    """The `daemon` profile: the documented default, with what the host configured.

    From the engine API (the bridge network's IPAM and options) and, where readable,
    daemon.json. Every value taken from there is named in `settings`, so a verdict can say
    "deviates as configured: <setting>".
    """
    base = documented()
    data = base.model_dump()
    settings: dict[str, str] = {}

    def configure(key: str, value: Any, setting: str) -> None:
        section, name = key.split(".")
        if value is not None and value != data[section][name]:
            data[section][name] = value
            settings[key] = setting

    ipam = ipam_config(bridge)
    options = bridge.get("Options") or {}
    if subnet := ipam.get("Subnet"):
        network = ipaddress.IPv4Network(subnet, strict=False)
        bip = daemon_json.get("bip")
        source = f"bip={bip} (daemon.json)" if bip else f"bridge subnet {subnet} (engine API)"
        gateway = ipam.get("Gateway") or (bip.split("/")[0] if bip else str(next(network.hosts())))
        configure("bridge.subnet", str(network), source)
        configure("bridge.gateway", gateway, source)
        configure("bridge.broadcast", str(network.broadcast_address), source)
    if mtu := options.get("com.docker.network.driver.mtu") or daemon_json.get("mtu"):
        # `--mtu` is the containers' MTU (Docker's docs); an empty docker0 keeps its own.
        configure("container.mtu", int(mtu), f"mtu={mtu} (engine API bridge option)")
    if options:
        configure("bridge.options", dict(options), "the default bridge's options (engine API)")
    if device := options.get("com.docker.network.bridge.name"):
        configure("bridge.device", device, f"bridge device {device} (engine API bridge option)")
    data["name"] = "daemon"
    data["description"] = "The documented default, with the values this engine is configured to."
    data["settings"] = settings
    return _validate(data, "derived from the engine")


def load(choice: str, bridge: dict[str, Any] | None = None) -> Profile:
    """`default`, `daemon` (needs the bridge network's inspect) or a path to a TOML file."""
    if choice == "default":
        return documented()
    if choice == "daemon":
        return derive(bridge or {}, read_daemon_json())
    return from_file(Path(choice))
