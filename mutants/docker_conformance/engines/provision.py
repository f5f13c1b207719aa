"""Install the engines of the matrix: Debian packages on the host, debootstrapped roots beside.

    python -m docker_conformance.engines.provision [--root DIR] [ENGINE ...]

    python -m docker_conformance.engines.provision --moby-source moby-docker-vX.Y.Z.tar.gz

ENGINE is `trixie` (Docker 26.1), `sid` (Docker 28.5, and nftables) or `podman5` (trixie's
Podman 5.4, with netavark and aardvark-dns); default all. Each becomes DIR/<name>, a minbase
Debian root with the engine, iproute2 and iptables (about 20 s to bootstrap and 470 MB after
`apt-get clean`). An existing root is kept (a package it lacks is added). Needs root and
Debian's package mirror; nothing starts (a policy-rc.d forbids it). Bookworm's Podman 4.3 goes
on the host itself.

`--moby-source` builds `dockerd` and `docker-proxy` from moby's tagged source, a tarball with its
`vendor/` folder (no module is downloaded), checked against the SHA-256 in the file beside it
(`TARBALL.sha256`). The build runs in the sid root with sid's Go, and its binaries are kept in
DIR/builds/<sha256>/: a machine builds a given source once. The sid root's containerd and runc
serve that daemon (engines/launch.py: `engine(rootfs=..., binaries=...)`).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

DEFAULT_ROOT = Path("/var/lib/docker-conformance/engines")
SUITES = {"trixie": "Docker 26.1", "sid": "Docker 28.5", "podman5": "Podman 5.4"}
# name -> (Debian suite, {package: the file that says it is installed})
ROOTS = {
    "trixie": ("trixie", {"docker.io": "usr/sbin/dockerd"}),
    # nftables: the nftables firewall backend of a daemon built from source (Docker 29)
    "sid": ("sid", {"docker.io": "usr/sbin/dockerd", "nftables": "usr/sbin/nft"}),
    "podman5": (
        "trixie",
        {p: "usr/sbin/runc" for p in ("podman", "netavark", "aardvark-dns", "runc", "conmon", "nftables")},
    ),
}
# what builds moby from source in the sid root (the source asks for go 1.26)
GO = ("golang-1.26-go", "usr/lib/go-1.26/bin/go")
BUILD_TAGS = "netgo osusergo static_build nri_no_wasm exclude_graphdriver_btrfs exclude_disk_quota"
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


def provision(name: str, root: Path = DEFAULT_ROOT, extra: dict[str, str] | None = None) -> Path:
    """The root DIR/NAME with its packages (and `extra`, {package: file}), made or completed."""
    suite, wanted = ROOTS[name]
    target = root / name
    missing = [p for p, marker in (wanted | (extra or {})).items() if not (target / marker).exists()]
    if not missing:
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
        "apt-get install -y -q --no-install-recommends "
        f"{' '.join(missing)} iproute2 iptables && apt-get clean",
    )
    return target


class SourceError(Exception):
    """A moby source that cannot be built: missing, or not the one its checksum names."""


def verified(tarball: Path) -> str:
    """The tarball's SHA-256, once it matches the one in TARBALL.sha256 (sha256sum's format)."""
    listed = tarball.with_name(tarball.name + ".sha256")
    if not tarball.is_file():
        raise SourceError(f"moby source {tarball} is not there")
    if not listed.is_file():
        raise SourceError(f"moby source {tarball} has no checksum file {listed.name} beside it")
    expected = listed.read_text().split()[:1]
    digest = hashlib.sha256()
    with tarball.open("rb") as data:
        while chunk := data.read(1 << 20):
            digest.update(chunk)
    if [digest.hexdigest()] != expected:
        raise SourceError(
            f"moby source {tarball} has SHA-256 {digest.hexdigest()}, "
            f"not {expected[0] if expected else 'a digest'} as {listed.name} says"
        )
    return digest.hexdigest()


def version_of(tarball: Path) -> str:
    """29.7.2 from moby-docker-v29.7.2.tar.gz (the tag's name, as moby's releases name it)."""
    found = re.search(r"v?(\d+\.\d+\.\d+)", tarball.name)
    if not found:
        raise SourceError(f"moby source {tarball.name} names no version (moby-docker-vX.Y.Z.tar.gz)")
    return found.group(1)


def build_moby(tarball: Path, root: Path = DEFAULT_ROOT) -> Path:
    """dockerd and docker-proxy from moby's tagged source, in DIR/builds/<sha256>/ (built once)."""
    digest, version = verified(tarball), version_of(tarball)
    out = root / "builds" / digest
    if (out / "dockerd").exists() and (out / "docker-proxy").exists():
        return out
    sid = provision("sid", root, dict([GO]))
    work = sid / "tmp" / f"moby-{digest[:12]}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        subprocess.run(["tar", "-xzf", str(tarball), "-C", str(work), "--strip-components=1"], check=True)
        inside = f"/tmp/{work.name}"
        _chroot(
            sid,
            f"cd {inside} && GOFLAGS=-mod=vendor GOTOOLCHAIN=local CGO_ENABLED=0 GOCACHE=/var/cache/dcf-go "
            f"/{GO[1]} build -trimpath -tags '{BUILD_TAGS}' "
            f"-ldflags '-X github.com/moby/moby/v2/dockerversion.Version={version}' "
            f"-o {inside}/bin/ ./cmd/dockerd ./cmd/docker-proxy",
        )
        staged = out.with_name(out.name + ".partial")
        shutil.rmtree(staged, ignore_errors=True)
        shutil.copytree(work / "bin", staged)
        staged.rename(out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


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
    parser.add_argument("--moby-source", type=Path, metavar="TARBALL", help="build dockerd from this source")
    args = parser.parse_args(argv)
    if args.moby_source:
        try:
            print(f"moby {version_of(args.moby_source)}: {build_moby(args.moby_source, args.root)}")
        except SourceError as exc:
            print(f"engines.provision: {exc}", file=sys.stderr)
            return 2
        if not args.engines:
            return 0
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
