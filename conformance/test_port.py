"""Published ports: `-p 127.0.0.1:PORT:8080` reaches busybox nc in the container."""

import pytest

from conformance.claims import claim
from conformance.judges import port
from fixtures.beyond import observe_published_port


@pytest.fixture(scope="module")
def published(engine, containers):
    return observe_published_port(engine, containers)


@claim("D-PORT-1", title="A published port forwards a TCP connection into the container")
def test_published_port(published, profile, check):
    """D-PORT-1: "-p HOSTPORT:PORT forwards a TCP connection to the container"."""
    check(port.published_port(published, profile))
