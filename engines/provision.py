"""Install the engines of the matrix: Debian packages on the host, debootstrapped roots beside.

    python -m engines.provision [--root DIR] [ENGINE ...]

ENGINE is `trixie` (Docker 26.1), `sid` (Docker 28.5) or `podman5` (trixie's Podman 5.4, with
netavark and aardvark-dns); default all. Each becomes DIR/<name>, a minbase Debian root with
the engine, iproute2 and iptables (about 20 s to bootstrap and 470 MB after `apt-get clean`).
An existing root is kept. Needs root and Debian's package mirror; nothing starts (a
policy-rc.d forbids it). Bookworm's Podman 4.3 goes on the host itself.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

DEFAULT_ROOT = Path("/var/lib/docker-conformance/engines")
SUITES = {"trixie": "Docker 26.1", "sid": "Docker 28.5", "podman5": "Podman 5.4"}
# name -> (Debian suite, packages, the binary that says it is installed)
ROOTS = {
    "trixie": ("trixie", "docker.io", "usr/sbin/dockerd"),
    "sid": ("sid", "docker.io", "usr/sbin/dockerd"),
    "podman5": ("trixie", "podman netavark aardvark-dns runc conmon nftables", "usr/sbin/runc"),
}
MIRROR = "http://deb.debian.org/debian"


def _chroot(root: Path, script: str) -> None:
    subprocess.run(["mount", "--bind", "/proc", str(root / "proc")], check=True)
    try:
        subprocess.run(
            ["chroot", str(root), "sh", "-c", script],
            check=True,
            env={"DEBIAN_FRONTEND": "noninteractive", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"},
        )
    finally:
        subprocess.run(["umount", str(root / "proc")], check=False)


def provision(name: str, root: Path = DEFAULT_ROOT) -> Path:
    suite, packages, binary = ROOTS[name]
    target = root / name
    if (target / binary).exists():
        return target
    if not shutil.which("debootstrap"):
        subprocess.run(["apt-get", "install", "-y", "-q", "debootstrap"], check=True)
    root.mkdir(parents=True, exist_ok=True)
    if not (target / "usr/bin/apt-get").exists():  # a root made before lacks only packages
        subprocess.run(["debootstrap", "--variant=minbase", suite, str(target), MIRROR], check=True)
    policy = target / "usr/sbin/policy-rc.d"
    policy.write_text("#!/bin/sh\nexit 101\n")
    policy.chmod(0o755)
    # sid's Release file can look expired to this machine's clock
    _chroot(
        target,
        "apt-get -o Acquire::Check-Valid-Until=false update -q && "
        f"apt-get install -y -q --no-install-recommends {packages} iproute2 iptables && apt-get clean",
    )
    return target


def _installed_version(package: str) -> str:
    query = ["dpkg-query", "-W", "-f=${Version}", package]
    return subprocess.run(query, capture_output=True, text=True, check=True).stdout


def provision_podman() -> None:
    """Podman from bookworm, with passwd and login held at their installed versions."""
    if shutil.which("podman"):
        return
    pins = [f"{pkg}={_installed_version(pkg)}" for pkg in ("passwd", "login")]
    subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", "podman", *pins], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("engines", nargs="*", metavar="ENGINE", help=f"{', '.join(SUITES)} (default: all)")
    args = parser.parse_args(argv)
    if unknown := set(args.engines) - set(SUITES):
        parser.error(f"unknown engine {', '.join(sorted(unknown))}: choose from {', '.join(SUITES)}")
    for suite in args.engines or list(SUITES):
        print(f"{suite} ({SUITES[suite]}): {provision(suite, args.root)}")
    if not args.engines:
        provision_podman()
        print("podman: installed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
