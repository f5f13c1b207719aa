"""The busybox image's fallback order, with a stand-in for the engine's image store."""

from __future__ import annotations

from pathlib import Path

import pytest
from docker.errors import ImageNotFound

from docker_conformance.conformance.core.errors import ExitStatus, SuiteError
from docker_conformance.observe import image


class FakeImages:
    def __init__(self, present: set[str]) -> None:
        self.present, self.calls = present, []

    def get(self, ref):
        self.calls.append(("get", ref))
        if ref not in self.present:
            raise ImageNotFound(ref)
        return ref

    def build(self, **kwargs):
        self.calls.append(("build", kwargs["tag"]))
        self.present.add(kwargs["tag"])

    def pull(self, repo, tag):
        self.calls.append(("pull", f"{repo}:{tag}"))


class FakeClient:
    def __init__(self, *present: str) -> None:
        self.images = FakeImages(set(present))


STATIC = [p for p in image.BUSYBOX_CANDIDATES if image.is_static_elf(Path(p))]


def test_suite_tag_first():
    client = FakeClient(image.SUITE_TAG, "busybox:latest")
    assert image.resolve(client) == image.SUITE_TAG


def test_users_busybox_used_as_is_never_retagged():
    client = FakeClient("busybox:latest")
    assert image.resolve(client, candidates=STATIC) == "busybox:latest"
    assert [c for c in client.images.calls if c[0] != "get"] == []


@pytest.mark.skipif(not STATIC, reason="no static busybox on this host (apt-get install busybox-static)")
def test_built_from_a_static_binary():
    client = FakeClient()
    assert image.resolve(client, candidates=STATIC) == image.SUITE_TAG
    assert ("build", image.SUITE_TAG) in client.images.calls


def test_pull_only_when_asked(tmp_path):
    nothing = [str(tmp_path / "busybox")]
    client = FakeClient()
    with pytest.raises(SuiteError) as caught:
        image.resolve(client, candidates=nothing)
    assert caught.value.status is ExitStatus.NO_IMAGE
    assert "--pull-busybox" in caught.value.paragraph()
    assert "busybox-static" in caught.value.paragraph()
    assert not [c for c in client.images.calls if c[0] == "pull"]
    assert image.resolve(FakeClient(), candidates=nothing, pull=True) == "busybox:latest"


def test_a_dynamic_binary_is_not_static(tmp_path):
    assert not image.is_static_elf(Path("/bin/sh"))  # dynamically linked on Debian
    assert not image.is_static_elf(tmp_path / "missing")
