"""The gateway: the container's routes, and docker0 answering as its gateway."""

from conformance.claims import claim
from conformance.judges import route


@claim("S-ROUTE-1", title="busybox1 routes: default via 172.17.0.1, 172.17.0.0/16 on-link")
def test_routing_table(seed, profile, check):
    """S-ROUTE-1: "default 172.17.0.1 0.0.0.0 UG ... eth0; 172.17.0.0 * 255.255.0.0 U ... eth0"."""
    check(route.routing_table(seed, profile))


@claim("S-ROUTE-2", title="busybox1's gateway is docker0, and it answers")
def test_gateway_is_docker0(seed, profile, check):
    """S-ROUTE-2: "컨테이너의 게이트웨이를 확인 해보면 172.17.0.1" — docker0's own address."""
    check(route.gateway_is_docker0(seed, profile))
