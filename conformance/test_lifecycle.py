"""Container lifecycle: removal undoes what `docker run` did; released addresses come back."""

import pytest

from conformance.claims import claim
from conformance.judges import lifecycle
from fixtures.beyond import observe_lifecycle

pytestmark = pytest.mark.usefixtures("namespaces")  # these scenarios enter containers


@pytest.fixture(scope="module")
def life(engine, containers):
    return observe_lifecycle(engine, containers)


@claim("D-LIFE-1", title="Removing a container removes its veth and endpoint")
def test_removal_undoes(life, profile, check):
    """D-LIFE-1: "no leftover veth, no leftover endpoint"; docker0 NO-CARRIER when empty."""
    check(lifecycle.removal_undoes(life, profile))


@claim("D-LIFE-2", title="A released address is handed out again")
def test_address_reused(life, profile, check):
    """D-LIFE-2: "after removing the holder of the lowest address, the next container gets it"."""
    check(lifecycle.address_reused(life, profile))
