"""Other drivers: `--network host` and `--network none`."""

import pytest

from conformance.claims import claim
from conformance.judges import drivers
from fixtures.beyond import observe_driver

pytestmark = pytest.mark.usefixtures("namespaces")  # these scenarios enter containers


@pytest.fixture(scope="module")
def host_run(engine, containers):
    return observe_driver(engine, containers, "host")


@pytest.fixture(scope="module")
def none_run(engine, containers):
    return observe_driver(engine, containers, "none")


@claim("D-HOST-1", title="--network host shares the host's namespace and makes no veth")
def test_host_network(host_run, profile, check):
    """D-HOST-1: "sees docker0 and the host's interfaces; no veth is created"."""
    check(drivers.host_network(host_run, profile))


@claim("D-NONE-1", title="--network none has only a loopback and makes no veth")
def test_none_network(none_run, profile, check):
    """D-NONE-1: "lo only; no veth is created"."""
    check(drivers.none_network(none_run, profile))
