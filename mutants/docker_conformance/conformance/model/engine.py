"""What the engine under test is, as its API and the suite's discovery reported it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum

from docker_conformance.conformance import catalog


class Observer(StrEnum):
    """Who observed the engine's host, as a code; its words are display only (`words`)."""

    PROCESS = "process"  # this process, on the engine's host
    PROBE = "probe"  # the suite's image started on the engine's host
    ENTERED = "entered"  # the suite started in a rootless engine's namespaces by its owner
    THROUGH = "through"  # this user's suite run as root through the engine in a helper container

    def words(self, lang: str = "en") -> str:
        return catalog.entry(lang, "OBSERVERS", self.value)


@dataclass(frozen=True)
class EngineFacts:
    docker_host: str
    version: str
    api_version: str
    os: str
    kernel: str
    operating_system: str
    storage_driver: str
    cgroup_driver: str
    cgroup_version: str
    engine_id: str
    name: str
    netns: str | None  # the engine's network namespace; None: the one this suite runs in
    observed_by: Observer = Observer.PROCESS  # who observed the engine's host
    mode: str = "rootful"  # "rootless": the engine runs in RootlessKit's user namespace
    min_api_version: str = "?"  # the oldest API version it serves (/version MinAPIVersion)
    firewall_backend: str = "iptables"  # docker info's FirewallBackend.Driver (API 1.49 on): or "nftables"
    warnings: tuple[str, ...] = ()  # docker info's Warnings (DOCKER_INSECURE_NO_IPTABLES_RAW, ...)
    user: str = ""  # who ran the suite: "NAME (uid N)"
    refused: str = ""  # why the engine refused the helper container (this user judged what it could)
    # the privileges that helper asked for and was refused (capabilities: "CAP_SYS_ADMIN", ...)
    refused_needs: tuple[str, ...] = ()

    def environment(self) -> dict[str, str]:
        """Key/value pairs for the report's environment section."""
        return {
            f"engine.{k}": "; ".join(v) or "none" if isinstance(v, tuple) else str(v)
            for k, v in asdict(self).items()
        }

    @property
    def label(self) -> str:
        return f"{self.name} {self.version} (API {self.api_version})"
