"""The distribution as people install it: the wheel built from a clean copy of the checkout holds
everything a command needs at run time (the image's build context included) under one name of
its own, and the image builds from it, in a folder that is no checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from docker_conformance.conformance.core import registry
from tests.helpers.runner import checkout_copy

NEEDED = [
    "docker_conformance/conformance/core/profiles/default.toml",
    "docker_conformance/conformance/core/schemas/summary-1.schema.json",
    "docker_conformance/conformance/test_claims.py",
    "docker_conformance/cli.py",
    "docker_conformance/fixtures/plugin.py",
    "docker_conformance/image/Dockerfile",
    "docker_conformance/image/entrypoint.sh",
    "docker_conformance/image/fleet-task.sh",
    "docker_conformance/observe/engine.py",
]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built from the checkout's committed and working files (no build/ or caches)."""
    work = tmp_path_factory.mktemp("wheel")
    checkout_copy(work / "src")
    argv = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w"]
    subprocess.run([*argv, str(work / "dist"), str(work / "src")], check=True, capture_output=True)
    return next((work / "dist").glob("docker_conformance-*.whl"))


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """The wheel installed (not editable) into a folder of its own: put first on PYTHONPATH, it is
    what a user's `pip install` gives."""
    target = tmp_path_factory.mktemp("installed")
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target)]
    subprocess.run([*pip, str(wheel)], check=True, capture_output=True)
    return target


def test_the_wheel_holds_what_the_commands_need_under_one_name_of_its_own(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    print("\n".join(sorted(names)))
    assert set(NEEDED) <= set(names)
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert tops == {"docker_conformance"}
    assert not [n for n in names if n.count("docker_conformance/") > 1]  # no package twice
    entry_points = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt")))
    assert b"docker_conformance.fixtures.plugin = docker_conformance.fixtures.plugin" in entry_points
    assert not [n for n in names if n.endswith("conftest.py")]


@pytest.mark.engine
@pytest.mark.root
def test_the_image_builds_from_the_installed_wheel_outside_a_checkout(installed, tmp_path):
    """The wheel's packages first on the path (as installed), the build started in an empty folder:
    the image's suite is the wheel's, and its checks are collected there."""
    if subprocess.run(["docker", "image", "inspect", "docker-conformance/base:bookworm"],
                      capture_output=True).returncode:  # fmt: skip
        pytest.skip("no offline base image here (tox -e image makes it)")
    (tmp_path / "empty").mkdir()
    tag = f"docker-conformance-selftest:wheel-{os.getpid()}"
    env = {**os.environ, "PYTHONPATH": str(installed)}
    try:
        argv = [sys.executable, "-m", "docker_conformance.image.build", "--tag", tag]
        built = subprocess.run(argv, cwd=tmp_path / "empty", env=env, capture_output=True, text=True)
        assert built.returncode == 0, built.stdout + built.stderr
        collect = (
            "cd /tmp && python -m pytest --pyargs docker_conformance.conformance --collect-only -q "
            "-p no:cacheprovider"
        )
        inside = subprocess.run(
            ["docker", "run", "--rm", "--network", "none", "--entrypoint", "sh", tag, "-c", collect],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert inside.returncode == 0, inside.stderr
        assert f"{len(registry.of_a_run())}/{len(registry.claims())} tests collected" in inside.stdout
        assert not list((tmp_path / "empty").iterdir())  # nothing written where it was started
    finally:
        subprocess.run(["docker", "image", "rm", "--no-prune", tag], capture_output=True)


@pytest.mark.engine
def test_the_installed_wheel_runs_from_any_folder_and_inside_a_checkout(installed, tmp_path):
    """As a user who installed the wheel (not editable): from an empty folder, `list` names every
    claim, `run` judges against the local engine and writes ./reports/summary.json, a missing
    socket and a malformed DOCKER_HOST end with 10 and 11 and their paragraphs, pytest finds the
    checks by package name; inside a checkout, the installed suite runs, never the checkout's."""
    empty, checkout = tmp_path / "empty", tmp_path / "checkout"
    empty.mkdir()
    env = {**os.environ, "PYTHONPATH": str(installed)}

    def command(*args: str, cwd: Path = empty, **more: str) -> subprocess.CompletedProcess[str]:
        argv = [sys.executable, "-P", "-m", "docker_conformance", *args]  # -P: as its console script
        return subprocess.run(argv, cwd=cwd, env=env | more, capture_output=True, text=True, timeout=600)

    listed = command("list")
    assert listed.returncode == 0, listed.stderr
    assert sum(line[:2] in ("S-", "D-", "U-") for line in listed.stdout.splitlines()) == len(
        registry.claims()
    )
    ran = command("run", "-q", "-k", "S-VETH-4")
    assert ran.returncode == 0, ran.stdout[-2000:] + ran.stderr
    assert "S-VETH-4" in (empty / "reports" / "summary.json").read_text()
    for docker_host, status in (("unix:///nonexistent/docker.sock", 10), ("tcp://127.0.0.1:notaport", 11)):
        refused = command("run", DOCKER_HOST=docker_host)
        assert refused.returncode == status, refused.stdout + refused.stderr
        assert f"(exit status {status})" in refused.stdout + refused.stderr
        assert "Traceback" not in refused.stdout + refused.stderr
    pytest_argv = [
        sys.executable,
        "-m",
        "pytest",
        "--pyargs",
        "docker_conformance.conformance",
        "-q",
        "-p",
        "no:cacheprovider",
    ]
    by_name = subprocess.run(
        [*pytest_argv, "-k", "S-VETH-4"], cwd=empty, env=env, capture_output=True, text=True, timeout=600
    )
    assert by_name.returncode == 0, by_name.stdout[-2000:]

    checkout_copy(checkout)
    poisoned = "raise ImportError(\"the checkout's conformance, not the wheel's\")\n"
    (checkout / "conformance" / "__init__.py").write_text(poisoned)
    inside = command("run", "-q", "-k", "S-VETH-4", cwd=checkout)
    assert inside.returncode == 0, inside.stdout[-2000:] + inside.stderr
    assert (checkout / "reports" / "summary.json").exists()
