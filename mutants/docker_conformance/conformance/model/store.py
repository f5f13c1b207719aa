"""Observations by name, to and from JSON: the contract between where they are gathered and judged.

Each name is a pytest fixture of the conformance run (and a file `observations/NAME.json` in
its reports folder); each claim in the registry says which one it judges.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from docker_conformance.conformance.model.daemon import Configuration
from docker_conformance.conformance.model.gateway_modes import GatewayModes
from docker_conformance.conformance.model.ipv6 import Ipv6Observation
from docker_conformance.conformance.model.reachability import Reachability
from docker_conformance.conformance.model.scenarios import (
    CustomNetwork,
    DriverRun,
    EngineConfig,
    InternalNetwork,
    Lifecycle,
    PublishedPort,
    UserBridges,
)
from docker_conformance.conformance.model.seed import SeedObservation
from docker_conformance.conformance.model.upgrade import Upgrade

OBSERVATIONS: dict[str, type] = {
    "seed": SeedObservation,
    "host_driver": DriverRun,
    "none_driver": DriverRun,
    "lifecycle": Lifecycle,
    "user_bridges": UserBridges,
    "published_port": PublishedPort,
    "internal_network": InternalNetwork,
    "custom_network": CustomNetwork,
    "engine_config": EngineConfig,
    "reachability": Reachability,
    "ipv6": Ipv6Observation,
    "gateway_modes": GatewayModes,
    "upgrade": Upgrade,  # not a scenario: `upgrade after` observes it (`--upgrade-observation`)
}
PREFLIGHT: dict[str, type] = {"configuration": Configuration}  # read before any scenario, not one
FOLDER = "observations"


@cache
def _adapter(name: str) -> TypeAdapter[Any]:
    return TypeAdapter(OBSERVATIONS.get(name) or PREFLIGHT[name])


def dumps(name: str, observation: Any) -> bytes:
    return _adapter(name).dump_json(observation, indent=1)


def loads(name: str, data: bytes | str) -> Any:
    return _adapter(name).validate_json(data)


def save(reports: Path, name: str, observation: Any) -> Path:
    path = reports / FOLDER / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(dumps(name, observation))
    return path


def load(reports: Path, name: str) -> Any:
    return loads(name, (reports / FOLDER / f"{name}.json").read_bytes())


def load_all(reports: Path) -> dict[str, Any]:
    """Every observation saved in `reports`."""
    return {
        name: load(reports, name) for name in OBSERVATIONS if (reports / FOLDER / f"{name}.json").exists()
    }


def clear(reports: Path) -> None:
    """Forget the observations of an earlier run in `reports`."""
    for path in (reports / FOLDER).glob("*.json"):
        path.unlink()


def activity(reports: Path) -> dict[str, list[str]]:
    """What others did on the engine's networks while each saved scenario ran (busy ones only)."""
    return {
        name: [f"{getattr(observed, 'attempts', 1)} attempt(s)", *observed.activity]
        for name, observed in load_all(reports).items()
        if getattr(observed, "activity", ())
    }
