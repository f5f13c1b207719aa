"""The engines the suite starts for itself (faults, matrix, probe) leave nothing running."""

from __future__ import annotations

import os
from pathlib import Path

import docker
import pytest
from docker.errors import ImageNotFound

from docker_conformance.engines.launch import engine
from docker_conformance.observe.image import SUITE_TAG

pytestmark = [
    pytest.mark.root,
    pytest.mark.skipif(os.geteuid() != 0, reason="a second engine needs root"),
]


def _in_netns(inode: int) -> list[int]:
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and os.readlink(proc / "ns" / "net") == f"net:[{inode}]":
                found.append(int(proc.name))
        except OSError:
            pass
    return found


def test_a_killed_engine_leaves_no_process_in_its_namespace():
    """SIGKILL the daemon, as a fault does, under a running container: the container's shim
    outlives it, in the engine's namespace, until the teardown ends it."""
    local = docker.from_env()
    try:
        image = local.images.get(SUITE_TAG)
    except ImageNotFound:
        pytest.skip(f"no {SUITE_TAG} here (a conformance run makes it)")
    with engine(data_size="96m") as running:  # its data root a tmpfs only it sees, as in a fault
        client = docker.DockerClient(base_url=running.docker_host)
        client.images.load(b"".join(image.save(named=True)))
        client.containers.run(SUITE_TAG, ["sleep", "60"], detach=True, network_mode="none")
        inode = os.stat(running.netns).st_ino
        running.kill()
        assert _in_netns(inode), "the daemon's helpers outlive it (what the teardown must handle)"
    assert _in_netns(inode) == []
