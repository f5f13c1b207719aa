"""The busybox image the containers run, found or made without touching a registry.

Order: the suite's own tag; a `busybox` image the engine already has (used as it is, never
retagged); a build `FROM scratch` of a static busybox binary found on this host; a pull,
only when the user asks for one; otherwise a clear error naming these choices.
"""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import tarfile
from collections.abc import Iterable
from pathlib import Path

import docker
from docker.errors import DockerException, ImageNotFound

from docker_conformance.conformance.core.errors import ExitStatus, SuiteError
from docker_conformance.observe.timing import timed

SUITE_TAG = "docker-conformance/busybox:static"
IMAGE_LABEL = "io.docker-conformance.image"
BUSYBOX_CANDIDATES = ("/bin/busybox", "/usr/bin/busybox", "/usr/local/bin/busybox")
# no RUN step: the applets' links come in the context, so building needs no runtime (Podman 5's
# builds in a pivoted root cannot run one) and no network
DOCKERFILE = b"""FROM scratch
COPY bin /bin
CMD ["/bin/sh"]
"""
_PT_INTERP = 3


def is_static_elf(path: Path) -> bool:
    """A 64-bit little-endian ELF executable with no program interpreter (statically linked)."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return False
    (phoff,) = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    return all(struct.unpack_from("<I", data, phoff + i * phentsize)[0] != _PT_INTERP for i in range(phnum))


def default_candidates() -> tuple[str, ...]:
    """Where a static busybox usually is, and whatever `busybox` the PATH finds."""
    which = shutil.which("busybox")
    return (*BUSYBOX_CANDIDATES, which) if which else BUSYBOX_CANDIDATES


def find_static_busybox(candidates: Iterable[str]) -> Path | None:
    return next((Path(p) for p in candidates if Path(p).is_file() and is_static_elf(Path(p))), None)


def build(client: docker.DockerClient, binary: Path, tag: str = SUITE_TAG) -> str:
    """Build the suite's own image from an in-memory context; returns the tag."""
    applets = subprocess.run([str(binary), "--list"], capture_output=True, text=True, check=True).stdout
    context = io.BytesIO()
    with tarfile.open(fileobj=context, mode="w") as tar:
        dockerfile = tarfile.TarInfo("Dockerfile")
        dockerfile.size = len(DOCKERFILE)
        tar.addfile(dockerfile, io.BytesIO(DOCKERFILE))
        tar.add(str(binary), arcname="bin/busybox")
        for applet in sorted(set(applets.split()) - {"busybox"}):
            link = tarfile.TarInfo(f"bin/{applet}")
            link.type, link.linkname = tarfile.SYMTYPE, "busybox"
            tar.addfile(link)
    context.seek(0)
    client.images.build(
        fileobj=context,
        custom_context=True,
        tag=tag,
        labels={IMAGE_LABEL: "busybox"},
        rm=True,
        forcerm=True,
        network_mode="none",
    )
    return tag


def _has(client: docker.DockerClient, ref: str) -> bool:
    try:
        client.images.get(ref)
    except ImageNotFound:
        return False
    return True


@timed("image")
def resolve(
    client: docker.DockerClient,
    *,
    pull: bool = False,
    candidates: Iterable[str] | None = None,
) -> str:
    """The image reference to run, found or made in the documented order."""
    candidates = tuple(candidates) if candidates is not None else default_candidates()
    if _has(client, SUITE_TAG):
        return SUITE_TAG
    if _has(client, "busybox:latest"):
        return "busybox:latest"
    binary = find_static_busybox(candidates)
    try:
        if binary is not None:
            return build(client, binary)
        if pull:
            client.images.pull("busybox", tag="latest")
            return "busybox:latest"
    except (DockerException, OSError, subprocess.CalledProcessError) as exc:
        raise SuiteError(
            f"could not make the busybox image ({exc}).",
            ExitStatus.NO_IMAGE,
            f"busybox 이미지를 만들지 못했다 ({exc}).",
        ) from None
    raise SuiteError(
        f"no busybox image: the engine has neither {SUITE_TAG} nor busybox:latest, no static "
        f"busybox binary was found on this host (looked at {', '.join(candidates)} and PATH), "
        "and pulling was not asked for. Install Debian's `busybox-static` (the suite then "
        f"builds {SUITE_TAG} FROM scratch), load a busybox image yourself, or pass "
        "--pull-busybox to allow one pull from the registry.",
        ExitStatus.NO_IMAGE,
        f"busybox 이미지가 없다: 엔진에 {SUITE_TAG}도 busybox:latest도 없고, 이 호스트에서 정적 busybox "
        f"실행 파일을 찾지 못했고 ({', '.join(candidates)}와 PATH를 보았다), 내려받기도 허락되지 않았다. "
        f"Debian의 `busybox-static`을 설치하거나 (그러면 스위트가 {SUITE_TAG}를 FROM scratch로 만든다), "
        "busybox 이미지를 직접 불러오거나, --pull-busybox로 레지스트리에서 한 번 내려받게 하자.",
    )
