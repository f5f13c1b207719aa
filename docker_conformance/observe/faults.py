"""When the engine fails under the suite: one paragraph and an exit status, never a traceback.

A scenario runs inside `explained(engine, doing)`. An engine error, a lost connection or a
timed-out wait becomes a `SuiteError` saying what the suite was doing, what happened and what to
do; the scenario's checks then error with that paragraph (`fixtures.scenarios.fail`), and the
run ends with its exit status (`fixtures.reporting.FaultStatus`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import requests
from docker.errors import APIError, DockerException, NotFound
from requests.exceptions import RequestException

from docker_conformance.conformance.core.errors import ExitStatus, SuiteError
from docker_conformance.conformance.model.engine import Observer
from docker_conformance.observe.commands import ToolMissing
from docker_conformance.observe.engine import Engine
from docker_conformance.observe.netview import netlink

ENGINE_ERRORS = (DockerException, RequestException, ConnectionError)
# the connection itself failed (an APIError is an HTTP answer, though requests counts it among its errors)
CONNECTION_ERRORS = (requests.ConnectionError, requests.Timeout, ConnectionError)


class ContainerLost(DockerException):
    """A container of the suite stopped, restarted or vanished while the suite used it."""


def answers(engine: Engine) -> bool:
    try:
        engine.client.ping()
    except ENGINE_ERRORS:
        return False
    return True


def vanished_bridge(engine: Engine) -> str | None:
    """The default network's bridge device, when it no longer exists where the suite reads the
    engine's host itself (None: it exists, or this process cannot look there)."""
    if engine.facts.observed_by is not Observer.PROCESS:
        return None
    try:
        options = engine.client.api.inspect_network("bridge").get("Options") or {}
        device = options.get("com.docker.network.bridge.name", "docker0")
        with netlink(engine.netns) as nl:
            return None if nl.link_lookup(ifname=device) else device
    except (*ENGINE_ERRORS, OSError):
        return None


def classify(engine: Engine, exc: BaseException, doing: str) -> SuiteError:
    """What the failure means, in one paragraph with its exit status."""
    where = engine.facts.docker_host
    if isinstance(exc, TimeoutError):
        return SuiteError(
            f"while {doing}, {exc}. Nothing was judged from it.",
            ExitStatus.WAIT_TIMED_OUT,
            f"기다리는 시간이 다 되었다 ({doing}: {exc}). 그것으로는 아무것도 판정하지 않았다.",
        )
    if isinstance(exc, CONNECTION_ERRORS) or not answers(engine):
        return SuiteError(
            f"the engine at {where} stopped answering while the suite was {doing} "
            f"({exc.__class__.__name__}: {str(exc)[:200]}). Nothing was judged from it. Check the engine "
            "(`docker info`); what the suite made there is swept by its next run.",
            ExitStatus.ENGINE_LOST,
            f"{where}의 엔진이 응답을 멈췄다 ({doing} 중; {exc.__class__.__name__}: {str(exc)[:200]}). "
            "그것으로는 아무것도 판정하지 않았다. 엔진을 확인하자 (`docker info`). 스위트가 거기 만든 것은 "
            "다음 실행이 치운다.",
        )
    if isinstance(exc, ToolMissing):  # the suite could not act: not the network's doing
        return SuiteError(
            f"{exc.strerror} while {doing}. Nothing was judged from it. Install it (Debian: iproute2, "
            "iptables, util-linux, nftables), or put the folder that holds it on PATH.",
            ExitStatus.TOOL_MISSING,
            f"검사가 동작하지 못했다: `{exc.tool}`가 설치되어 있지 않다 ({doing} 중). 그것으로는 아무것도 "
            "판정하지 않았다. 설치하거나 (Debian: iproute2, iptables, util-linux, nftables), 그것이 있는 "
            "폴더를 PATH에 넣자.",
        )
    if isinstance(exc, FileNotFoundError) and "/proc/" in str(exc.filename):  # its process is gone
        exc = ContainerLost(f"a container's process vanished ({exc.filename})")
    if isinstance(exc, PermissionError):  # the suite could not act: not the network's doing
        return SuiteError(
            f"the suite was refused what it had to read or do while {doing}: {exc}. Nothing was judged "
            "from it. This process lacks a privilege it needs there (another process's namespaces: "
            "CAP_SYS_PTRACE to read them, CAP_SYS_ADMIN to enter them); run it as root, or through the "
            "engine (`--probe always`).",
            ExitStatus.PERMISSION_DENIED,
            f"스위트가 읽거나 해야 할 일을 거부당했다 ({doing} 중: {exc}). 그것으로는 아무것도 판정하지 "
            "않았다. 이 프로세스에 필요한 권한이 없다 (다른 프로세스의 네임스페이스: 읽으려면 "
            "CAP_SYS_PTRACE, 들어가려면 CAP_SYS_ADMIN). root로 실행하거나 엔진을 통해 (`--probe always`) "
            "실행하자.",
        )
    if isinstance(exc, OSError) and not isinstance(exc, RequestException | DockerException):
        device = vanished_bridge(engine)
        gone = f"{device}, the engine's default bridge, is gone" if device else "was the bridge deleted?"
        gone_ko = f"엔진 기본 네트워크의 브리지 {device}가 더는 없다" if device else "브리지가 지워졌나?"
        return SuiteError(
            f"the host's network changed under the suite while it was {doing}: {exc}. Nothing was judged "
            f"from it; a device the suite was using vanished ({gone}). Restart the engine to make its "
            "bridge again, and run the suite again.",
            ExitStatus.HOST_CHANGED,
            f"스위트가 일하는 동안 호스트의 네트워크가 바뀌었다 ({doing} 중: {exc}). 그것으로는 아무것도 "
            f"판정하지 않았다. 스위트가 쓰던 장치가 사라졌다 ({gone_ko}). 엔진을 다시 시작해 "
            "브리지를 다시 만들고, 스위트를 다시 실행하자.",
        )
    text = str(getattr(exc, "explanation", None) or exc)
    if (
        isinstance(exc, NotFound | ContainerLost)
        or "is not running" in text
        or (isinstance(exc, APIError) and exc.status_code == 409)
    ):
        return SuiteError(
            f"a container of the suite stopped or vanished while the suite was {doing} ({text[:200]}): "
            "someone else stopped or removed it, or the engine restarted. Nothing was judged from it; "
            "run the suite again when the host is left alone.",
            ExitStatus.CONTAINER_LOST,
            f"스위트의 컨테이너가 멈추거나 사라졌다 ({doing} 중; {text[:200]}): 누군가 멈추거나 지웠거나, "
            "엔진이 다시 시작했다. 그것으로는 아무것도 판정하지 않았다. 호스트를 건드리는 사람이 없을 때 "
            "다시 실행하자.",
        )
    return SuiteError(
        f"the engine at {where} refused what the suite asked while {doing}: {text[:300]}. Nothing was "
        "judged from it. The engine's own message says why (a full disk under its data root, a missing "
        "bridge, ...).",
        ExitStatus.ENGINE_REFUSED,
        f"{where}의 엔진이 스위트의 요청을 거절했다 ({doing} 중: {text[:300]}). 그것으로는 아무것도 "
        "판정하지 않았다. 이유는 엔진의 메시지에 있다 "
        "(데이터 루트의 디스크가 가득 찼거나, 브리지가 없거나...).",
    )


@contextmanager
def explained(engine: Engine, doing: str) -> Iterator[None]:
    """Turn an engine failure inside the block into a `SuiteError` (see `classify`)."""
    try:
        yield
    except (*ENGINE_ERRORS, OSError) as exc:  # TimeoutError is an OSError
        raise classify(engine, exc, doing) from None
