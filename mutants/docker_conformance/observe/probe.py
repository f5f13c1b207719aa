"""The probe: for an engine whose host this process cannot see (over TCP, TLS or SSH, or
`--probe always`), the suite's own image runs on that engine's host and observes there.

It is started on the engine like the README's `docker run` (host network and PID, the three
capabilities, the engine's socket), labelled as this run's, and runs every scenario. Its
observations (`observations/NAME.json`) come back and are judged here, by the same judges and
profile as a local run's; its own verdicts are not used. It is removed whatever happens.
"""

from __future__ import annotations

import io
import tarfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import docker
from docker.errors import DockerException, ImageNotFound
from docker.models.containers import Container

from docker_conformance.conformance.core.errors import ExitStatus, SuiteError
from docker_conformance.observe.engine import DEFAULT_SOCKET, PROBE_ENV, Engine
from docker_conformance.observe.ownership import RUN_ENV, Run, remove_run

IMAGE = "docker-conformance"
PROBE_SECONDS = 600  # the whole suite, on the engine's host; a probe still running is stopped
RUN = {
    "network_mode": "host",
    "pid_mode": "host",
    "cap_add": ["SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE"],
    "security_opt": ["apparmor=unconfined"],
}


def ensure_image(engine: Engine) -> None:
    """The probe's image on the engine: there already, or loaded from this machine's own engine
    (its default socket, where `tox -e image` built it)."""
    try:
        engine.client.images.get(IMAGE)
        return
    except ImageNotFound:
        pass
    try:
        local = docker.DockerClient(base_url=DEFAULT_SOCKET, timeout=600).images.get(IMAGE)
        engine.client.images.load(b"".join(local.save(named=True)))
    except (DockerException, OSError) as exc:
        raise SuiteError(
            f"the probe cannot start: the engine at {engine.facts.docker_host} has no image {IMAGE}, "
            f"and none could be loaded into it from this machine ({exc.__class__.__name__}: {exc}). "
            "Build it here with `tox -e image` (it is then loaded over), or load it on that host.",
            ExitStatus.PROBE_CANNOT_START,
            f"프로브를 시작할 수 없다: {engine.facts.docker_host}의 엔진에 {IMAGE} 이미지가 없고, "
            f"이 기계에서 불러올 수도 없었다 ({exc.__class__.__name__}: {exc}). "
            "여기서 `tox -e image`로 만들거나 (그러면 옮겨 불러온다), 그 호스트에 불러오자.",
        ) from None


def run_probe(engine: Engine, run: Run, socket: str, out: Path) -> Path:
    """Observe every scenario on the engine's host; their observations land in `out`."""
    ensure_image(engine)
    container = create(
        engine,
        IMAGE,
        ["-q"],
        name=run.name("probe"),
        labels=run.labels(role="probe"),
        environment={PROBE_ENV: "1", RUN_ENV: run.encode()},
        volumes={socket: {"bind": "/var/run/docker.sock"}},
    )
    with removed(container):
        run_to_end(engine, run, container, "on the engine's host")
        _extract(container, out)
    return out


def create(engine: Engine, image: str, command: list[str], **options: Any) -> Container:
    """A probe's container (host network and PID, the three capabilities), created, not started."""
    try:
        return engine.client.containers.create(image, command, detach=True, **RUN, **options)
    except DockerException as exc:
        raise SuiteError(
            f"the probe cannot start: the engine at {engine.facts.docker_host} refused to create it "
            f"({exc.__class__.__name__}: {exc}).",
            ExitStatus.PROBE_CANNOT_START,
            f"프로브를 시작할 수 없다: {engine.facts.docker_host}의 엔진이 만들기를 거절했다 "
            f"({exc.__class__.__name__}: {exc}).",
        ) from None


@contextmanager
def removed(container: Container) -> Iterator[None]:
    """The probe's container is removed whatever happens; an engine's error names the probe."""
    try:
        yield
    except DockerException as exc:
        raise SuiteError(
            f"the probe on the engine's host failed ({exc.__class__.__name__}: {exc}).",
            ExitStatus.PROBE_FAILED,
            f"엔진 호스트의 프로브가 실패했다 ({exc.__class__.__name__}: {exc}).",
        ) from None
    finally:
        with suppress(DockerException):
            container.remove(force=True)


def run_to_end(engine: Engine, run: Run, container: Container, where: str) -> None:
    """Start the probe and wait for its verdicts; stopped (the suite inside tears down on
    SIGTERM) when interrupted or out of time, with whatever its threads made after that."""
    container.start()
    try:
        status = container.wait(timeout=PROBE_SECONDS)["StatusCode"]
    except BaseException:
        container.stop(timeout=60)
        remove_run(engine.client, run)
        raise
    observed(status, container.logs().decode(errors="replace"), where)


SHOWN = 12  # the probe's failing observations quoted, at most


def observed(status: int, said: str, where: str) -> None:
    """Raise unless the probe ended with verdicts (pytest's 0 or 1), quoting each observation that
    failed there with its reason (pytest's FAILED and ERROR lines), as a run here would show them;
    else its last line."""
    if status not in (0, 1):
        lines = said.strip().splitlines()
        failed = [line for line in lines if line.startswith(("FAILED ", "ERROR "))]
        more = f" (and {len(failed) - SHOWN} more)" if len(failed) > SHOWN else ""
        shown = "; ".join(failed[:SHOWN]) + more if failed else lines[-1] if lines else ""
        raise SuiteError(
            f"the probe {where} could not observe (exit {status}): {shown or 'it printed nothing'}",
            ExitStatus.PROBE_FAILED,
            f"프로브({where})가 관찰하지 못했다 (종료 {status}): {shown or '아무것도 출력하지 않았다'}",
        )


def _extract(container: Container, out: Path) -> None:
    archive, _ = container.get_archive("/reports/observations")
    extract(b"".join(archive), out)


def extract(archive: bytes, out: Path) -> None:
    """Unpack a tar archive into `out`, refusing members that would land outside it (Python's
    own `data` filter where it has one: bookworm's 3.11.2, the image's, has not)."""
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(out, filter="data")
            return
        for member in tar.getmembers():
            target = (out / member.name).resolve()
            if not (member.isfile() or member.isdir()) or not target.is_relative_to(out.resolve()):
                raise tarfile.TarError(f"refused {member.name}: not a plain file inside {out}")
        tar.extractall(out)
