"""What a daemon flag breaks, as measured: the claims each deliberately misconfigured engine fails
under the documented default profile. Test data, not the suite's: read by the self-tests
(`tests/engines/test_mutant.py`, the probe's and the fleet's) and by `bench/stress.py --mutant`, and
checked against the claims each flag's meaning moves (`tests/judges/test_declarations.py`)."""

BROKEN_BY = {
    "bip": {"S-BR-1", "S-IPAM-1", "S-IPAM-2", "S-IPAM-4", "S-VETH-2", "S-ROUTE-1", "S-ROUTE-2", "D-HOSTGW-1"},
    "mtu": {"S-VETH-2", "D-OPT-1"},
    "icc": {"S-PING-1", "D-OPT-1", "D-FW-2"},  # D-FW-2: FORWARD drops docker0 -> docker0
}
