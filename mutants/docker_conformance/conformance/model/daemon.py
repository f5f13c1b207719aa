"""The engine's effective configuration: dockerd's command line and its config file, as dockerd
itself combines them, with where each setting came from; and drift from a golden daemon.json.

Docker's rule (docs.docker.com/config/daemon, "Configure the Docker daemon"): flags and the JSON
file may be used together as long as no option is given in both; if one is, the daemon does not
start. So a running dockerd has each setting from exactly one place. A setting found in both here
means the file was edited after the daemon started: the command line is what runs, and the
configuration says so (`conflicts`).
"""

from __future__ import annotations

import ipaddress
from typing import Any

from pydantic import BaseModel, ConfigDict

# a flag whose daemon.json key is not its own name
FLAG_KEYS = {
    "b": "bridge",
    "H": "hosts",
    "D": "debug",
    "G": "group",
    "l": "log-level",
    "p": "pidfile",
    "g": "data-root",
    "dns-opt": "dns-opts",
    "default-address-pool": "default-address-pools",
    "default-network-opt": "default-network-opts",
    "label": "labels",
    "insecure-registry": "insecure-registries",
    "registry-mirror": "registry-mirrors",
    "storage-opt": "storage-opts",
    "log-opt": "log-opts",
    "exec-opt": "exec-opts",
    "authorization-plugin": "authorization-plugins",
    "add-runtime": "runtimes",
}
# keys whose flag may repeat, each adding one item
LISTS = {
    "hosts", "dns", "dns-opts", "dns-search", "default-address-pools", "default-network-opts",
    "labels", "insecure-registries", "registry-mirrors", "storage-opts", "exec-opts",
    "authorization-plugins", "host-gateway-ips",
}  # fmt: skip
INTEGERS = {"mtu"}
# dockerd's values when a setting is not given (`dockerd --help`): unset and these are the same
DEFAULTS: dict[str, Any] = {
    "mtu": 1500, "icc": True, "ip-masq": True, "iptables": True, "ip-forward": True,
    "userland-proxy": True, "ipv6": False, "ip": "0.0.0.0", "allow-direct-routing": False,
    "dns": [], "dns-opts": [], "dns-search": [],
}  # fmt: skip
COMMAND_LINE = "dockerd's command line"


class Setting(BaseModel):
    model_config = ConfigDict(frozen=True)
    value: Any
    source: str  # "dockerd's command line", "/etc/docker/daemon.json", "the engine API"

    def describe(self, name: str) -> str:
        """`mtu=1450 (dockerd's command line)`."""
        return f"{name}={shown(self.value)} ({self.source})"


class Configuration(BaseModel):
    """What the engine was configured with, setting by setting, and what could not be read."""

    model_config = ConfigDict(frozen=True)
    settings: dict[str, Setting] = {}
    read: tuple[str, ...] = ()  # what was read: the command line, the file (with its path)
    unread: tuple[str, ...] = ()  # what could not be read, and why
    conflicts: tuple[str, ...] = ()  # settings in both the command line and the file

    def value(self, name: str, default: Any = None) -> Any:
        found = self.settings.get(name)
        return default if found is None else found.value

    def source(self, name: str) -> str:
        return self.settings[name].describe(name)


def shown(value: Any) -> str:
    """A setting's value as a person writes it: `false`, `1450`, `198.51.100.53,198.51.100.54`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ",".join(shown(v) for v in value)
    if isinstance(value, dict):
        return ",".join(f"{k}={shown(v)}" for k, v in value.items())
    return str(value)


def _flag_value(key: str, text: str) -> Any:
    """A flag's text as daemon.json holds the value."""
    if key == "default-address-pools":  # base=10.10.0.0/16,size=24
        pool = dict(part.split("=", 1) for part in text.split(","))
        return {"base": pool.get("base", ""), "size": int(pool.get("size", 0))}
    if key == "default-network-opts":  # bridge=com.docker.network.driver.mtu=1400
        driver, _, option = text.partition("=")
        name, _, value = option.partition("=")
        return {driver: {name: value}}
    if text in ("true", "false") and key not in LISTS:
        return text == "true"
    return int(text) if key in INTEGERS else text


def parse_flags(argv: list[str]) -> dict[str, Any]:
    """dockerd's flags as daemon.json keys and values (argv[0] is the program).

    dockerd takes no positional argument, so a word after a flag without `=` is that flag's value;
    a flag followed by another flag (or nothing) is a boolean set to true.
    """
    found: dict[str, Any] = {}
    words = argv[1:]
    i = 0
    while i < len(words):
        word = words[i]
        i += 1
        if not word.startswith("-"):
            continue
        name, has_value, text = word.lstrip("-").partition("=")
        if not has_value:
            if i < len(words) and not words[i].startswith("-"):
                text, i = words[i], i + 1
            else:
                text = "true"
        key = FLAG_KEYS.get(name, name)
        value = _flag_value(key, text)
        if key == "default-network-opts":
            merged = found.setdefault(key, {})
            for driver, options in value.items():
                merged.setdefault(driver, {}).update(options)
        elif key in LISTS:
            found.setdefault(key, []).append(value)
        else:
            found[key] = value
    return found


def normal(name: str, value: Any) -> Any:
    """A value in one form, whichever place it came from: for comparing two configurations."""
    if name in INTEGERS:
        return int(value)
    if name == "default-address-pools":
        return [{"base": str(p.get("base")), "size": int(p.get("size", 0))} for p in value]
    if name in ("bip", "fixed-cidr", "fixed-cidr-v6") and isinstance(value, str) and value:
        return value if name == "bip" else str(ipaddress.ip_network(value, strict=False))
    if isinstance(value, str) and value in ("true", "false"):
        return value == "true"
    return value


def effective(
    argv: list[str] | None, file: dict[str, Any] | None, file_path: str, unread: tuple[str, ...] = ()
) -> Configuration:
    """The settings in force: the command line's and the file's (see the module's note)."""
    flags = parse_flags(argv) if argv else {}
    settings = {k: Setting(value=normal(k, v), source=COMMAND_LINE) for k, v in flags.items()}
    conflicts = []
    for key, value in (file or {}).items():
        if key in settings:
            conflicts.append(
                f"{key}: {shown(settings[key].value)} on {COMMAND_LINE}, {shown(value)} in {file_path} "
                "(dockerd would not start with both: the file was changed after it started)"
            )
            continue
        settings[key] = Setting(value=normal(key, value), source=file_path)
    read = (COMMAND_LINE,) * bool(argv) + (file_path,) * (file is not None)
    return Configuration(settings=settings, read=read, unread=unread, conflicts=tuple(conflicts))


def drift(expected: dict[str, Any], config: Configuration, golden: str, watched: set[str]) -> list[str]:
    """Every setting where the engine's configuration differs from the golden file: each setting
    the file names, and each `watched` setting (one a claim reads) the engine has and the file not."""
    lines = []
    for name in sorted(set(expected) | (set(config.settings) & watched)):
        want = normal(name, expected[name]) if name in expected else DEFAULTS.get(name)
        have = config.value(name, DEFAULTS.get(name))
        if want == have:
            continue
        wanted = f"{shown(want)} in {golden}" if name in expected else f"unset in {golden}"
        seen = config.source(name) if name in config.settings else "unset on the engine"
        lines.append(f"{name}: {wanted}; the engine has {seen}")
    return lines
