"""Expectations as data: the documented default, a profile derived from the engine, or a file.

A profile answers "what should this engine show?". The documented default (the seed's
values) is always kept beside it, so that a verdict can say whether an expectation is the
seed's own or one the host was configured to (and by which setting).
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError, model_validator

from docker_conformance.conformance.core.errors import ExitStatus, SuiteError
from docker_conformance.conformance.core.sections import (
    ICC,
    Bridge,
    Container,
    Drivers,
    Egress,
    EngineDefaults,
    Files,
    Firewall,
    Forwarding,
    GatewayModes,
    Internal,
    Ipv6,
    Networks,
    Ports,
    Reach,
    Strict,
    UserBridge,
)
from docker_conformance.conformance.model.daemon import Configuration

DEFAULT_FILE = Path(__file__).with_name("profiles") / "default.toml"
# profile key -> the daemon.json key (or dockerd flag) that moves it away from the documented value
DAEMON_KEYS = {
    "bridge.subnet": "bip or default-address-pools",
    "bridge.gateway": "bip",
    "bridge.broadcast": "bip",
    "bridge.mtu": "mtu",
    "container.mtu": "mtu",
    "ipv6.default_bridge": "ipv6 and fixed-cidr-v6",
}


def version_tuple(version: str) -> tuple[int, ...]:
    """`28.5.2+dfsg1` -> (28, 5, 2)."""
    return tuple(int(part) for part in re.findall(r"\d+", version.split("+")[0].split("-")[0])[:3])


class Change(Strict):
    """A documented behaviour an engine version changed, with the source that documents it. A verdict
    names it by `id`; its words (the source, the versions it spans) are shown from here."""

    id: str  # stable: what a fact and summary.json name it by
    engine: str = "Docker Engine"
    since: str
    until: str | None = None  # exclusive
    mode: str | None = None  # "rootless": only for an engine in rootless mode
    backend: str | None = None  # "nftables": only for an engine with that firewall backend (docker info)
    source: str
    source_ko: str = ""  # the source in Korean (`--lang ko`): the citation as it is, the change in words
    values: dict[str, Any]

    def applies(self, engine: str, version: str, mode: str = "rootful", backend: str = "iptables") -> bool:
        v = version_tuple(version)
        return (
            engine == self.engine
            and v >= version_tuple(self.since)
            and (self.until is None or v < version_tuple(self.until))
            and self.mode in (None, mode)
            and self.backend in (None, backend)
        )


class Profile(Strict):
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
    reach: Reach
    firewall: Firewall
    ipv6: Ipv6
    gateway_modes: GatewayModes
    engine: EngineDefaults
    # dotted key -> the host setting that explains a value differing from the default
    settings: dict[str, str] = Field(default_factory=dict)
    changes: tuple[Change, ...] = ()
    # dotted key -> the id of the documented engine change in force for the engine under test
    changed: dict[str, str] = Field(default_factory=dict)
    # claim -> the host setting that makes it meaningless there (its verdict: not applicable)
    inapplicable: dict[str, str] = Field(default_factory=dict)
    # profile key -> why its expectation is not known here (a reason's code and its values): a fact on
    # it is not judged, and its claim says so (the engine's configuration could not be read, and the
    # live value, which differs from the documented one, is never taken as the expectation)
    unjudged: dict[str, tuple[str, dict[str, Any]]] = Field(default_factory=dict)
    configuration: Configuration | None = None  # the engine's own, as read (`--profile daemon`)
    not_judged: tuple[str, ...] = ()  # settings configured there that no claim reads
    expected_config: str = ""  # `--expect-config FILE`: the host is judged by that file
    drift: tuple[str, ...] = ()  # each setting where the engine differs from that file

    def value(self, key: str) -> Any:
        node: Any = self
        for part in key.split("."):
            node = getattr(node, part)
        return node

    def change(self, change_id: str) -> Change | None:
        """The documented change named `change_id`."""
        return next((c for c in self.changes if c.id == change_id), None)

    @model_validator(mode="after")
    def _changes_name_real_keys(self) -> Profile:
        ids = [c.id for c in self.changes]
        if twice := sorted({i for i in ids if ids.count(i) > 1}):
            raise ValueError(f"changes: the id {', '.join(twice)} names more than one change")
        for change in self.changes:
            for key in change.values:
                section, _, name = key.partition(".")
                if name not in getattr(type(getattr(self, section, None)), "model_fields", {}):
                    raise ValueError(f"changes: {key!r} is not a profile key")
        return self

    def for_engine(
        self, engine: str, version: str, mode: str = "rootful", backend: str = "iptables"
    ) -> Profile:
        """This profile with the documented changes in force for `engine` `version` (`mode`:
        rootful or rootless; `backend`: its firewall backend, iptables or nftables)."""
        data, changed = self.model_dump(), dict(self.changed)
        for change in self.changes:
            if change.applies(engine, version, mode, backend):
                for key, value in change.values.items():
                    section, name = key.split(".")
                    data[section][name] = value
                    changed[key] = change.id
        data["changed"] = changed
        return validate(data, f"{self.name} for {engine} {version}")


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = _merge(base[key], value)
        else:
            merged[key] = value
    return merged


def validate(data: dict[str, Any], origin: str) -> Profile:
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
            f"프로파일 {origin}이(가) 올바르지 않다: {problems}. 키와 그 뜻은 {DEFAULT_FILE.name}에 있다. "
            "프로파일 파일에는 그와 다른 키만 쓴다.",
        ) from None


@cache
def _default_data() -> dict[str, Any]:
    return tomllib.loads(DEFAULT_FILE.read_text())


def documented() -> Profile:
    """The seed's values: the reference every verdict is told against."""
    return validate(_default_data(), str(DEFAULT_FILE))


def _parsed(path: Path, what: str, parse: Callable[[str], Any], language: str) -> Any:
    """A file the user named, parsed; unreadable or unparsable, a one-paragraph error (exit 15)."""
    try:
        return parse(path.read_text())
    except OSError as exc:
        raise SuiteError(
            f"cannot read {what} {path} ({exc.strerror}).",
            ExitStatus.INVALID_PROFILE,
            f"{path}을(를) 읽을 수 없다 ({exc.strerror}).",
        ) from None
    except ValueError as exc:  # tomllib's and json's decode errors are ValueErrors
        raise SuiteError(
            f"{what} {path} is not valid {language} ({exc}).",
            ExitStatus.INVALID_PROFILE,
            f"{path}은(는) 올바른 {language}이(가) 아니다 ({exc}).",
        ) from None


def from_file(path: Path) -> Profile:
    """A user's profile, laid over the documented default and validated."""
    return validate(_merge(_default_data(), _parsed(path, "the profile", tomllib.loads, "TOML")), str(path))


def load(choice: str) -> Profile:
    """`default` (and the base of `daemon`: `core.configured`) or a path to a TOML file."""
    if choice in ("default", "daemon"):
        return documented()
    return from_file(Path(choice))


def read_golden(path: Path) -> dict[str, Any]:
    """`--expect-config FILE`: a daemon.json, as a fleet deploys it."""
    data = _parsed(path, "the expected configuration", json.loads, "JSON")
    if not isinstance(data, dict):
        raise SuiteError(
            f"the expected configuration {path} is not a JSON object of settings, as daemon.json is.",
            ExitStatus.INVALID_PROFILE,
            f"기대하는 설정 {path}이(가) daemon.json처럼 설정을 담은 JSON 객체가 아니다.",
        )
    return data
