"""Build the suite's image, `docker-conformance`, offline: no image registry is asked.

    python -m docker_conformance.image.build [--tag TAG] [--base-root DIR]

1. The base: a Debian bookworm minbase root, debootstrapped from Debian's package mirror with
   the packages the Dockerfile needs, imported as `docker-conformance/base:bookworm` (made once,
   then kept; about 1-2 minutes with downloads).
2. The context, in a temporary folder, from the suite as installed (a wheel from any folder, or a
   checkout's editable install): the Dockerfile and scripts shipped beside this module, the
   dependencies' wheels (`pip wheel`: PyPI, or a wheelhouse pip is pointed at: PIP_FIND_LINKS,
   PIP_NO_INDEX), and the suite's package with their metadata.
3. `docker build --build-arg BASE=docker-conformance/base:bookworm -t TAG CONTEXT`, with the
   legacy builder (no BuildKit, nothing pulled).

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
from importlib import metadata
from pathlib import Path

import docker
from docker.errors import ImageNotFound

import docker_conformance
from docker_conformance.engines.provision import DEFAULT_ROOT, MIRROR
from docker_conformance.observe.probe import IMAGE

HERE = Path(__file__).resolve().parent  # the Dockerfile and the scripts, shipped in the wheel
SCRIPTS = ("entrypoint.sh", "fleet-task.sh")
DISTRIBUTION = "docker-conformance"
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


def _copy(source: Path, target: Path) -> None:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


def context(into: Path) -> Path:
    """The build context, from the suite as installed here (a wheel, or a checkout's editable
    install): the Dockerfile and the scripts beside this module, the dependencies' wheels
    (`pip wheel`: PyPI, or a wheelhouse pip is pointed at), and the suite's package with the
    metadata that registers its command and its pytest plugin."""
    shutil.copy2(HERE / "Dockerfile", into / "Dockerfile")
    (into / "image").mkdir()
    for script in SCRIPTS:
        shutil.copy2(HERE / script, into / "image" / script)
    dist = metadata.distribution(DISTRIBUTION)
    requires = [r for r in dist.requires or [] if "extra ==" not in r]
    (into / "wheels").mkdir()
    (into / "wheels" / "requirements.txt").write_text("".join(f"{r}\n" for r in requires))
    pip = [sys.executable, "-m", "pip", "wheel", "--quiet", "--wheel-dir", str(into / "wheels")]
    subprocess.run([*pip, "-r", str(into / "wheels" / "requirements.txt")], check=True)
    site = into / "site"
    # installed, the package as it is; in a checkout, its links (conformance, fixtures) as folders
    _copy(Path(docker_conformance.__file__).parent, site / "docker_conformance")
    info = site / f"{DISTRIBUTION.replace('-', '_')}-{dist.version}.dist-info"
    info.mkdir()
    for name in ("METADATA", "entry_points.txt", "top_level.txt"):
        if (text := dist.read_text(name)) is not None:
            (info / name).write_text(text)
    return into


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
    with tempfile.TemporaryDirectory(prefix="dcf-image-") as tmp:
        step = time.perf_counter()
        context(Path(tmp))
        print(f"context (the wheels, the suite as installed): {time.perf_counter() - step:.1f} s")
        step = time.perf_counter()
        image, _ = client.images.build(path=tmp, tag=args.tag, buildargs={"BASE": base}, rm=True, pull=False)
        print(f"docker build: {time.perf_counter() - step:.1f} s")
    size = client.images.get(args.tag).attrs["Size"]
    print(f"{args.tag}: {image.short_id}, {size / 1e6:.0f} MB; {time.perf_counter() - started:.1f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
