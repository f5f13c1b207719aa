"""Egress: a packet leaving the bridge crosses docker0 and reaches the outside masqueraded."""

from conformance.claims import claim
from conformance.judges import egress


@claim("S-EGRESS-1", title="Traffic leaving the bridge crosses docker0, masqueraded to the host")
def test_masqueraded_through_docker0(seed, profile, check):
    """S-EGRESS-1: "컨테이너 내부의 모든 패킷이 호스트의 docker0을 통해 외부로 나가게 되는 것"."""
    check(egress.masqueraded_through_docker0(seed, profile))
