"""User-defined bridges: own device and subnet, DNS by name, isolation, a second interface."""

import pytest

from conformance.claims import claim
from conformance.judges import user_bridge
from fixtures.beyond import observe_user_bridges

pytestmark = pytest.mark.usefixtures("namespaces")  # these scenarios enter containers


@pytest.fixture(scope="module")
def ubr(engine, containers):
    return observe_user_bridges(engine, containers)


@claim("D-UBR-1", title="A user-defined network gets its own br-<id> bridge and subnet")
def test_own_bridge_and_subnet(ubr, profile, check):
    """D-UBR-1: "bridge named br- + first 12 hex of the network ID; subnet from the default pools"."""
    check(user_bridge.own_bridge_and_subnet(ubr, profile))


@claim("D-UBR-2", title="Names resolve on a user-defined bridge, not on the default one")
def test_name_resolution(ubr, profile, check):
    """D-UBR-2: "embedded DNS at 127.0.0.11 on user-defined networks only"."""
    check(user_bridge.name_resolution(ubr, profile))


@claim("D-UBR-3", title="Two bridge networks cannot reach each other")
def test_isolation(ubr, profile, check):
    """D-UBR-3: "a container on one bridge network cannot reach a container on another"."""
    check(user_bridge.isolation(ubr, profile))


@claim("D-UBR-4", title="docker network connect adds eth1")
def test_second_interface(ubr, profile, check):
    """D-UBR-4: "eth1 with an address of that network"."""
    check(user_bridge.second_interface(ubr, profile))
