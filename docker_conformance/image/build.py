"""Build the suite's image, `docker-conformance`, offline: no image registry is asked.

    python -m docker_conformance.image.build [--tag TAG] [--base-root DIR]

1. The base: a Debian bookworm minbase root, debootstrapped from Debian's package mirror with
   the packages the Dockerfile needs, imported as `docker-conformance/base:bookworm` (made once,
   then kept; about 1-2 minutes with downloads).
2. The wheels: the project and its dependencies, `pip wheel` into build/wheels (PyPI, or a
   wheelhouse pip is pointed at: PIP_FIND_LINKS, PIP_NO_INDEX).
3. `docker build --build-arg BASE=docker-conformance/base:bookworm -t TAG .`, with the legacy
   builder (no BuildKit, nothing pulled).

Prints each step's time and the image's size. Needs root (debootstrap) and a Docker engine.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import docker
from docker.errors import ImageNotFound

from docker_conformance.engines.provision import DEFAULT_ROOT, MIRROR
from docker_conformance.observe.probe import IMAGE

ROOT = Path(__file__).resolve().parents[2]  # the checkout: the wheels' source and the build context
BASE = "docker-conformance/base:bookworm"
PACKAGES = ("python3", "python3-venv", "busybox-static", "iptables", "iproute2", "graphviz")


def base_image(client: docker.DockerClient, root: Path) -> str:
    """The offline base, debootstrapped and imported unless the engine has it already."""
    try:
        client.images.get(BASE)
        return BASE
    except ImageNotFound:
        pass
    target = root / "bookworm-suite"
    if not (target / "usr/bin/python3").exists():
        if not shutil.which("debootstrap"):
            subprocess.run(["apt-get", "install", "-y", "-q", "debootstrap"], check=True)
        include = ",".join(PACKAGES)
        argv = ["debootstrap", "--variant=minbase", f"--include={include}", "bookworm", str(target), MIRROR]
        subprocess.run(argv, check=True)
        for cache in ("var/cache/apt/archives", "var/lib/apt/lists"):
            for leftover in (target / cache).glob("*"):
                if leftover.is_file():
                    leftover.unlink()
    with tempfile.NamedTemporaryFile(suffix=".tar") as tar:
        with tarfile.open(tar.name, mode="w") as archive:
            archive.add(target, arcname=".")
        repository, _, tag = BASE.partition(":")
        client.api.import_image(src=tar.name, repository=repository, tag=tag)
    return BASE


def wheels() -> Path:
    folder = ROOT / "build" / "wheels"
    shutil.rmtree(folder, ignore_errors=True)
    argv = [sys.executable, "-m", "pip", "wheel", "--quiet", "--wheel-dir", str(folder), str(ROOT)]
    subprocess.run(argv, check=True)
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tag", default=IMAGE)
    parser.add_argument("--base-root", type=Path, default=DEFAULT_ROOT)
    args = parser.parse_args(argv)
    client = docker.from_env(timeout=600)
    started = time.perf_counter()
    base = base_image(client, args.base_root)
    print(f"base {base}: {time.perf_counter() - started:.1f} s")
    step = time.perf_counter()
    wheels()
    print(f"wheels: {time.perf_counter() - step:.1f} s")
    step = time.perf_counter()
    image, _ = client.images.build(
        path=str(ROOT), tag=args.tag, buildargs={"BASE": base}, rm=True, pull=False
    )
    print(f"docker build: {time.perf_counter() - step:.1f} s")
    size = client.images.get(args.tag).attrs["Size"]
    print(f"{args.tag}: {image.short_id}, {size / 1e6:.0f} MB; {time.perf_counter() - started:.1f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
