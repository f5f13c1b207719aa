"""Likely causes of failed claims on a learner's machine, named only when the evidence points to one.

Each rule reads the run's summary (the engine's facts, the failed claims' observed values) and,
where the seed walk-through was observed, the routes of the engine's namespace. A cause is named
with the evidence that pointed to it, in English and in Korean.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass

from docker_conformance.conformance.core.profile import DAEMON_KEYS, documented
from docker_conformance.conformance.core.summary import Summary
from docker_conformance.conformance.model.netns import NetnsView

SEED_SUBNET = ipaddress.IPv4Network("172.17.0.0/16")  # what the seed's docker0 is on
SEED_BRIDGE = "docker0"
OLDEST_MEASURED = (20, 10)  # the oldest engine this suite's expectations were measured on


@dataclass(frozen=True)
class Cause:
    id: str
    en: str
    ko: str
    evidence: str
    evidence_ko: str  # the evidence in Korean; values stay as they are

    def text(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en

    def proof(self, lang: str) -> str:
        return self.evidence_ko if lang == "ko" else self.evidence


Rule = Callable[[Summary, NetnsView | None], Cause | None]


def docker_desktop(summary: Summary, host: NetnsView | None) -> Cause | None:
    system = summary.engine.get("engine.operating_system", "")
    kernel = summary.engine.get("engine.kernel", "")
    if "Docker Desktop" not in system and "linuxkit" not in kernel:
        return None
    return Cause(
        "docker-desktop",
        "Docker Desktop: the engine, docker0 and the containers' veths live inside Docker Desktop's "
        "virtual machine, not on this computer, so the host side the seed shows is not here to see",
        "Docker Desktop: 엔진과 docker0, 컨테이너의 veth는 이 컴퓨터가 아니라 Docker Desktop의 가상 "
        "머신 안에 있다. 그래서 블로그가 보여 준 호스트 쪽 모습을 여기서는 볼 수 없다",
        f"the engine says it runs on {system!r}, kernel {kernel!r}",
        f"엔진이 말하는 운영체제 {system!r}, 커널 {kernel!r}",
    )


def rootless(summary: Summary, host: NetnsView | None) -> Cause | None:
    if summary.engine.get("engine.mode") != "rootless":
        return None
    return Cause(
        "rootless",
        "rootless mode: docker0 lives in RootlessKit's namespace, and published ports and egress go "
        "through RootlessKit and slirp4netns, not the host's own network",
        "rootless 모드: docker0는 RootlessKit의 네임스페이스 안에 있고, 포트 공개와 외부로 나가는 "
        "트래픽은 호스트 네트워크가 아니라 RootlessKit과 slirp4netns를 거친다",
        "the engine's security options include rootless",
        "엔진의 보안 옵션에 rootless가 있다",
    )


def old_engine(summary: Summary, host: NetnsView | None) -> Cause | None:
    version = summary.engine.get("engine.version", "")
    match = re.match(r"(\d+)\.(\d+)", version)
    if not match or (int(match[1]), int(match[2])) >= OLDEST_MEASURED:
        return None
    return Cause(
        "old-engine",
        f"an old engine: {version} is older than Docker 20.10, the oldest engine these expectations "
        "were measured on; upgrade it (or compare with the release notes of what changed since)",
        f"오래된 엔진: {version}은(는) 이 기대값을 측정한 가장 오래된 엔진인 Docker 20.10보다 "
        "오래되었다. 엔진을 업그레이드하자",
        f"engine version {version}",
        f"엔진 버전 {version}",
    )


def _routes_over_seed_subnet(host: NetnsView | None) -> list[str]:
    if host is None:
        return []
    return [
        str(route)
        for route in host.routes
        if route.dst != "default"
        and route.dev != SEED_BRIDGE
        and ipaddress.IPv4Network(route.dst, strict=False).overlaps(SEED_SUBNET)
    ]


def network_owns_subnet(summary: Summary, host: NetnsView | None) -> Cause | None:
    if not (routes := _routes_over_seed_subnet(host)):
        return None
    return Cause(
        "subnet-taken",
        "another network owns 172.17.0.0/16 (a VPN, or a company or home network): the engine "
        "chose another subnet for docker0, or its containers' traffic goes the other network's way",
        "다른 네트워크(VPN, 회사나 집의 네트워크)가 172.17.0.0/16을 쓰고 있다: 엔진이 docker0에 다른 "
        "서브넷을 골랐거나, 컨테이너의 트래픽이 그 네트워크 쪽으로 간다",
        "routes of the engine's host: " + "; ".join(routes),
        "엔진 호스트의 경로: " + "; ".join(routes),
    )


def daemon_json(summary: Summary, host: NetnsView | None) -> Cause | None:
    if _routes_over_seed_subnet(host):
        return None  # the other network explains a moved subnet
    seed = documented()
    failed = [
        (claim, key, observed, seed.value(key), DAEMON_KEYS[key])
        for claim, record in summary.claims.items()
        if record.failed
        for key, observed in record.failed_keys.items()
        if key in DAEMON_KEYS
    ]
    changed = [f"{c}: {k} is {seen!r}, the seed's {want!r} ({why})" for c, k, seen, want, why in failed]
    changed_ko = [f"{c}: {k}는 {seen!r}, 블로그(seed)는 {want!r} ({why})" for c, k, seen, want, why in failed]
    if not changed:
        return None
    return Cause(
        "daemon-json",
        "the engine's configuration was changed (/etc/docker/daemon.json, or dockerd's flags): "
        "docker0 or the containers follow it, not the defaults the seed shows; "
        "`tox -e conformance -- --profile daemon` judges against that configuration",
        "엔진 설정이 바뀌었다 (/etc/docker/daemon.json 또는 dockerd의 옵션): docker0와 컨테이너는 "
        "블로그의 기본값이 아니라 그 설정을 따른다. `tox -e conformance -- --profile daemon`은 그 설정을 "
        "기준으로 판정한다",
        "; ".join(changed),
        "; ".join(changed_ko),
    )


RULES: tuple[Rule, ...] = (docker_desktop, rootless, old_engine, network_owns_subnet, daemon_json)


def likely_causes(summary: Summary, host: NetnsView | None = None) -> list[Cause]:
    """The causes the evidence points to, when a claim failed (none for a passing run)."""
    if not summary.failed():
        return []
    return [cause for rule in RULES if (cause := rule(summary, host))]
