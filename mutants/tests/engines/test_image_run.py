"""The suite's image (`tox -e image`) checks the host it runs on: one `docker run`, the same
verdicts as a run from the host (the upgrade diff between the two shows no change), the same
reports, and nothing of it left behind."""

from __future__ import annotations

import json

import docker
import pytest
from docker.errors import ImageNotFound

from docker_conformance.conformance.core.summary import Summary
from docker_conformance.conformance.outputs import diff
from docker_conformance.observe.ownership import LABEL
from docker_conformance.observe.probe import IMAGE, RUN  # the image, run as the README runs it
from tests.helpers.runner import run_suite

pytestmark = [pytest.mark.engine, pytest.mark.root]


@pytest.fixture(scope="module")
def client() -> docker.DockerClient:
    client = docker.from_env()
    try:
        client.images.get(IMAGE)
    except ImageNotFound:
        pytest.skip(f"no image {IMAGE}: build it with `tox -e image`")
    return client


def run_image(client: docker.DockerClient, reports, *args: str, **changes) -> tuple[int, str]:
    container = client.containers.run(
        IMAGE,
        list(args),
        volumes={
            "/var/run/docker.sock": {"bind": "/var/run/docker.sock"},
            str(reports): {"bind": "/reports"},
        },
        detach=True,
        **(RUN | changes),
    )
    try:
        status = container.wait(timeout=300)["StatusCode"]
        return status, container.logs().decode(errors="replace")
    finally:
        container.remove(force=True)


def test_image_gives_the_verdicts_of_a_run_from_the_host(client, tmp_path):
    host, image = tmp_path / "host", tmp_path / "image"
    image.mkdir()
    from_host = run_suite(reports=host)
    status, output = run_image(client, image)
    assert (status, from_host.returncode) == (0, 0), f"image:\n{output}\nhost:\n{from_host.stdout[-4000:]}"
    assert diff.main([str(host), str(image), "--out", str(tmp_path / "diff")]) == 0
    assert json.loads((tmp_path / "diff" / "diff.json").read_text())["changes"] == []
    assert (
        Summary.load(image / "summary.json").claims.keys()
        == Summary.load(host / "summary.json").claims.keys()
    )
    for report in ("junit.xml", "topology.svg", "observations/seed.json"):
        assert (image / report).exists(), report
    assert list((image / "allure-results").glob("*-result.json"))
    assert client.containers.list(all=True, filters={"label": LABEL}) == []


def test_image_without_ptrace_judges_all_but_the_engines_own_files(client, tmp_path):
    """Without SYS_PTRACE the engine's namespace file is closed, but what /proc/PID/net shows of it
    is this namespace's: every claim is judged (D-V6-6 has nothing to judge here) but D-RESOLV-1,
    whose engine's resolv.conf (read through /proc/PID/root) is out of reach, and the verdict says
    so."""
    status, output = run_image(client, tmp_path, cap_add=["SYS_ADMIN", "NET_ADMIN"])
    assert status == 0, output
    summary = Summary.load(tmp_path / "summary.json")
    # D-V6-6 is about a default bridge with IPv6, which this engine's has not; the gateway modes
    # (D-GWM-*) came after this engine's version
    unjudged = [c for c, r in summary.claims.items() if not r.applicable]
    assert unjudged == ["D-RESOLV-1", "D-V6-6", "D-GWM-1", "D-GWM-2", "D-GWM-3", "D-GWM-4"]
    assert "the engine's own resolv.conf is not readable from here" in summary.claims["D-RESOLV-1"].reason
    assert "Traceback" not in output
