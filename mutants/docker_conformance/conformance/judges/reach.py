"""D-REACH-*: what another host reaches through this one: a published port, an unpublished one,
a published container's own address, and a port published on 127.0.0.1."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement, Unobservable
from docker_conformance.conformance.judges.shared import evidence
from docker_conformance.conformance.model.reachability import Attempt, Reachability

family(__name__, "REACH", "Another host's reach", "다른 호스트에서의 접근")

TRUSTED = "com.docker.network.bridge.trusted_host_interfaces"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__sent__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__sent__mutmut)
def _sent(attempt: Attempt) -> Attempt:
    """An attempt whose packet left; otherwise the outside could not act, which says nothing of
    the network."""
    if not attempt.sent:
        raise Unobservable("outside_could_not_try_nothing_was", target=attempt.target, error=attempt.error)
    return attempt


def x__sent__mutmut_orig(attempt: Attempt) -> Attempt:
    """An attempt whose packet left; otherwise the outside could not act, which says nothing of
    the network."""
    if not attempt.sent:
        raise Unobservable("outside_could_not_try_nothing_was", target=attempt.target, error=attempt.error)
    return attempt


def x__sent__mutmut_1(attempt: Attempt) -> Attempt:
    """An attempt whose packet left; otherwise the outside could not act, which says nothing of
    the network."""
    if attempt.sent:
        raise Unobservable("outside_could_not_try_nothing_was", target=attempt.target, error=attempt.error)
    return attempt


def x__sent__mutmut_2(attempt: Attempt) -> Attempt:
    """An attempt whose packet left; otherwise the outside could not act, which says nothing of
    the network."""
    if not attempt.sent:
        raise Unobservable(None, target=attempt.target, error=attempt.error)
    return attempt


def x__sent__mutmut_3(attempt: Attempt) -> Attempt:
    """An attempt whose packet left; otherwise the outside could not act, which says nothing of
    the network."""
    if not attempt.sent:
        raise Unobservable("outside_could_not_try_nothing_was", target=None, error=attempt.error)
    return attempt


def x__sent__mutmut_4(attempt: Attempt) -> Attempt:
    """An attempt whose packet left; otherwise the outside could not act, which says nothing of
    the network."""
    if not attempt.sent:
        raise Unobservable("outside_could_not_try_nothing_was", target=attempt.target, error=None)
    return attempt


def x__sent__mutmut_5(attempt: Attempt) -> Attempt:
    """An attempt whose packet left; otherwise the outside could not act, which says nothing of
    the network."""
    if not attempt.sent:
        raise Unobservable(target=attempt.target, error=attempt.error)
    return attempt


def x__sent__mutmut_6(attempt: Attempt) -> Attempt:
    """An attempt whose packet left; otherwise the outside could not act, which says nothing of
    the network."""
    if not attempt.sent:
        raise Unobservable("outside_could_not_try_nothing_was", error=attempt.error)
    return attempt


def x__sent__mutmut_7(attempt: Attempt) -> Attempt:
    """An attempt whose packet left; otherwise the outside could not act, which says nothing of
    the network."""
    if not attempt.sent:
        raise Unobservable("outside_could_not_try_nothing_was", target=attempt.target, )
    return attempt


def x__sent__mutmut_8(attempt: Attempt) -> Attempt:
    """An attempt whose packet left; otherwise the outside could not act, which says nothing of
    the network."""
    if not attempt.sent:
        raise Unobservable("XXoutside_could_not_try_nothing_wasXX", target=attempt.target, error=attempt.error)
    return attempt


def x__sent__mutmut_9(attempt: Attempt) -> Attempt:
    """An attempt whose packet left; otherwise the outside could not act, which says nothing of
    the network."""
    if not attempt.sent:
        raise Unobservable("OUTSIDE_COULD_NOT_TRY_NOTHING_WAS", target=attempt.target, error=attempt.error)
    return attempt

mutants_x__sent__mutmut['_mutmut_orig'] = x__sent__mutmut_orig # type: ignore # mutmut generated
mutants_x__sent__mutmut['x__sent__mutmut_1'] = x__sent__mutmut_1 # type: ignore # mutmut generated
mutants_x__sent__mutmut['x__sent__mutmut_2'] = x__sent__mutmut_2 # type: ignore # mutmut generated
mutants_x__sent__mutmut['x__sent__mutmut_3'] = x__sent__mutmut_3 # type: ignore # mutmut generated
mutants_x__sent__mutmut['x__sent__mutmut_4'] = x__sent__mutmut_4 # type: ignore # mutmut generated
mutants_x__sent__mutmut['x__sent__mutmut_5'] = x__sent__mutmut_5 # type: ignore # mutmut generated
mutants_x__sent__mutmut['x__sent__mutmut_6'] = x__sent__mutmut_6 # type: ignore # mutmut generated
mutants_x__sent__mutmut['x__sent__mutmut_7'] = x__sent__mutmut_7 # type: ignore # mutmut generated
mutants_x__sent__mutmut['x__sent__mutmut_8'] = x__sent__mutmut_8 # type: ignore # mutmut generated
mutants_x__sent__mutmut['x__sent__mutmut_9'] = x__sent__mutmut_9 # type: ignore # mutmut generated
mutants_x__listener_up__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__listener_up__mutmut)
def _listener_up(r: Reachability, role: str) -> None:
    """The listener answers this host itself; otherwise the outside's silence would prove nothing."""
    up = r.listening.get(role)
    if up is None or not up.reached:
        raise Unobservable("listener_did_not_answer_even_from", role=role, line=up.line() if up else None)


def x__listener_up__mutmut_orig(r: Reachability, role: str) -> None:
    """The listener answers this host itself; otherwise the outside's silence would prove nothing."""
    up = r.listening.get(role)
    if up is None or not up.reached:
        raise Unobservable("listener_did_not_answer_even_from", role=role, line=up.line() if up else None)


def x__listener_up__mutmut_1(r: Reachability, role: str) -> None:
    """The listener answers this host itself; otherwise the outside's silence would prove nothing."""
    up = None
    if up is None or not up.reached:
        raise Unobservable("listener_did_not_answer_even_from", role=role, line=up.line() if up else None)


def x__listener_up__mutmut_2(r: Reachability, role: str) -> None:
    """The listener answers this host itself; otherwise the outside's silence would prove nothing."""
    up = r.listening.get(None)
    if up is None or not up.reached:
        raise Unobservable("listener_did_not_answer_even_from", role=role, line=up.line() if up else None)


def x__listener_up__mutmut_3(r: Reachability, role: str) -> None:
    """The listener answers this host itself; otherwise the outside's silence would prove nothing."""
    up = r.listening.get(role)
    if up is None and not up.reached:
        raise Unobservable("listener_did_not_answer_even_from", role=role, line=up.line() if up else None)


def x__listener_up__mutmut_4(r: Reachability, role: str) -> None:
    """The listener answers this host itself; otherwise the outside's silence would prove nothing."""
    up = r.listening.get(role)
    if up is not None or not up.reached:
        raise Unobservable("listener_did_not_answer_even_from", role=role, line=up.line() if up else None)


def x__listener_up__mutmut_5(r: Reachability, role: str) -> None:
    """The listener answers this host itself; otherwise the outside's silence would prove nothing."""
    up = r.listening.get(role)
    if up is None or up.reached:
        raise Unobservable("listener_did_not_answer_even_from", role=role, line=up.line() if up else None)


def x__listener_up__mutmut_6(r: Reachability, role: str) -> None:
    """The listener answers this host itself; otherwise the outside's silence would prove nothing."""
    up = r.listening.get(role)
    if up is None or not up.reached:
        raise Unobservable(None, role=role, line=up.line() if up else None)


def x__listener_up__mutmut_7(r: Reachability, role: str) -> None:
    """The listener answers this host itself; otherwise the outside's silence would prove nothing."""
    up = r.listening.get(role)
    if up is None or not up.reached:
        raise Unobservable("listener_did_not_answer_even_from", role=None, line=up.line() if up else None)


def x__listener_up__mutmut_8(r: Reachability, role: str) -> None:
    """The listener answers this host itself; otherwise the outside's silence would prove nothing."""
    up = r.listening.get(role)
    if up is None or not up.reached:
        raise Unobservable("listener_did_not_answer_even_from", role=role, line=None)


def x__listener_up__mutmut_9(r: Reachability, role: str) -> None:
    """The listener answers this host itself; otherwise the outside's silence would prove nothing."""
    up = r.listening.get(role)
    if up is None or not up.reached:
        raise Unobservable(role=role, line=up.line() if up else None)


def x__listener_up__mutmut_10(r: Reachability, role: str) -> None:
    """The listener answers this host itself; otherwise the outside's silence would prove nothing."""
    up = r.listening.get(role)
    if up is None or not up.reached:
        raise Unobservable("listener_did_not_answer_even_from", line=up.line() if up else None)


def x__listener_up__mutmut_11(r: Reachability, role: str) -> None:
    """The listener answers this host itself; otherwise the outside's silence would prove nothing."""
    up = r.listening.get(role)
    if up is None or not up.reached:
        raise Unobservable("listener_did_not_answer_even_from", role=role, )


def x__listener_up__mutmut_12(r: Reachability, role: str) -> None:
    """The listener answers this host itself; otherwise the outside's silence would prove nothing."""
    up = r.listening.get(role)
    if up is None or not up.reached:
        raise Unobservable("XXlistener_did_not_answer_even_fromXX", role=role, line=up.line() if up else None)


def x__listener_up__mutmut_13(r: Reachability, role: str) -> None:
    """The listener answers this host itself; otherwise the outside's silence would prove nothing."""
    up = r.listening.get(role)
    if up is None or not up.reached:
        raise Unobservable("LISTENER_DID_NOT_ANSWER_EVEN_FROM", role=role, line=up.line() if up else None)


def x__listener_up__mutmut_14(r: Reachability, role: str) -> None:
    """The listener answers this host itself; otherwise the outside's silence would prove nothing."""
    up = r.listening.get(role)
    if up is None or not up.reached:
        raise Unobservable("listener_did_not_answer_even_from", role=role, line=up.line() if (up) and False else None)


def x__listener_up__mutmut_15(r: Reachability, role: str) -> None:
    """The listener answers this host itself; otherwise the outside's silence would prove nothing."""
    up = r.listening.get(role)
    if up is None or not up.reached:
        raise Unobservable("listener_did_not_answer_even_from", role=role, line=up.line() if (up) or True else None)

mutants_x__listener_up__mutmut['_mutmut_orig'] = x__listener_up__mutmut_orig # type: ignore # mutmut generated
mutants_x__listener_up__mutmut['x__listener_up__mutmut_1'] = x__listener_up__mutmut_1 # type: ignore # mutmut generated
mutants_x__listener_up__mutmut['x__listener_up__mutmut_2'] = x__listener_up__mutmut_2 # type: ignore # mutmut generated
mutants_x__listener_up__mutmut['x__listener_up__mutmut_3'] = x__listener_up__mutmut_3 # type: ignore # mutmut generated
mutants_x__listener_up__mutmut['x__listener_up__mutmut_4'] = x__listener_up__mutmut_4 # type: ignore # mutmut generated
mutants_x__listener_up__mutmut['x__listener_up__mutmut_5'] = x__listener_up__mutmut_5 # type: ignore # mutmut generated
mutants_x__listener_up__mutmut['x__listener_up__mutmut_6'] = x__listener_up__mutmut_6 # type: ignore # mutmut generated
mutants_x__listener_up__mutmut['x__listener_up__mutmut_7'] = x__listener_up__mutmut_7 # type: ignore # mutmut generated
mutants_x__listener_up__mutmut['x__listener_up__mutmut_8'] = x__listener_up__mutmut_8 # type: ignore # mutmut generated
mutants_x__listener_up__mutmut['x__listener_up__mutmut_9'] = x__listener_up__mutmut_9 # type: ignore # mutmut generated
mutants_x__listener_up__mutmut['x__listener_up__mutmut_10'] = x__listener_up__mutmut_10 # type: ignore # mutmut generated
mutants_x__listener_up__mutmut['x__listener_up__mutmut_11'] = x__listener_up__mutmut_11 # type: ignore # mutmut generated
mutants_x__listener_up__mutmut['x__listener_up__mutmut_12'] = x__listener_up__mutmut_12 # type: ignore # mutmut generated
mutants_x__listener_up__mutmut['x__listener_up__mutmut_13'] = x__listener_up__mutmut_13 # type: ignore # mutmut generated
mutants_x__listener_up__mutmut['x__listener_up__mutmut_14'] = x__listener_up__mutmut_14 # type: ignore # mutmut generated
mutants_x__listener_up__mutmut['x__listener_up__mutmut_15'] = x__listener_up__mutmut_15 # type: ignore # mutmut generated


@claim("D-REACH-1", observes="reachability")
def published_port_from_another_host(j: Judgement, r: Reachability, profile: Profile) -> None:
    """A port published on every address is reachable from another host through this host's address, and
    the connection reaches the container.

    Documented: -p PORT:8080: the outside connects to <host address>:PORT and gets the container's answer
        (when {reach.published})
    Ko documented: -p PORT:8080: 바깥쪽이 <호스트 주소>:PORT에 연결해 컨테이너의 응답을 받는다
        ({reach.published}일 때)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE nc -w 1 <host address> PORT  # an outside the suite made
    Title: Another host reaches -p PORT:8080 through this host's address
    Ko: 모든 주소에 공개한 포트는 다른 호스트에서 이 호스트의 주소로 닿고, 연결은 컨테이너에 이른다.
    Ko title: 다른 호스트가 이 호스트의 주소로 -p PORT:8080에 닿는다
    Not applicable with: ip-forward=false; ip=ADDRESS
    """
    tried = _sent(r.published)
    _listener_up(r, "published")
    j.expect("outside_reads_through_host_address_port", "reach.published", tried.reached)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


@claim("D-REACH-2", observes="reachability")
def unpublished_port(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Another host that routes straight to a container's address reaches no unpublished port.

    Documented: the outside, routing the container's address through this host, gets no answer from an
        unpublished port ({reach.unpublished}: "policy", through the DROP policy the engine sets before
        28.0, so that a host whose FORWARD accepts fails as exposed; "exposed", a host that says so)
    Ko documented: 컨테이너 주소를 이 호스트로 라우팅하는 바깥쪽은 공개하지 않은 포트에서 응답을 받지 못한다
        ({reach.unpublished}: "policy"는 28.0 전 엔진이 설정하는 DROP 정책 때문이며, FORWARD가 받아들이는
        호스트는 노출로 실패한다; "exposed"는 그렇다고 밝힌 호스트)
    By hand: docker run -d busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE ip route add <container address>/32 via <host address>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; iptables -S FORWARD
    Title: Another host routing to a container reaches no unpublished port
    Ko: 컨테이너 주소로 곧장 라우팅하는 다른 호스트도 공개하지 않은 포트에는 닿지 않는다.
    Ko title: 컨테이너로 라우팅하는 다른 호스트는 공개하지 않은 포트에 닿지 않는다
    Not applicable with: iptables=false; ip-forward=false
    """
    tried = _sent(r.unpublished)
    _listener_up(r, "unpublished")
    policy = r.before.policy("FORWARD")
    exposed = profile.reach.unpublished == "exposed"  # a host that says it forwards on purpose
    j.expect(
        "outside_at_unpublished_address_8080",
        "reach.unpublished",
        tried.word,
        holds=tried.word == "blocked" or exposed,
        via=lambda value: "either (exposed on purpose)" if value == "exposed" else "blocked",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


@claim("D-REACH-3", observes="reachability")
def direct_routing(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Direct routing to a published port's container address is blocked since 28.0.

    Documented: the outside, routing the container's address through this host, at <container
        address>:8080: {reach.direct_published} (before 28.0 reached; from 28.0 a raw PREROUTING rule drops it
        unless allow-direct-routing or trusted_host_interfaces say otherwise)
    Ko documented: 컨테이너 주소를 이 호스트로 라우팅하는 바깥쪽이 <컨테이너 주소>:8080으로:
        {reach.direct_published} (28.0 전에는 닿았다; 28.0부터는 allow-direct-routing이나
        trusted_host_interfaces가 달리 말하지 않으면 raw PREROUTING 규칙이 버린다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE ip route add <container address>/32 via <host address>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; iptables -t raw -S PREROUTING
    Title: Another host routing to a published container's address is {reach.direct_published}
    Ko: 공개한 포트의 컨테이너 주소로 곧장 라우팅하는 것은 28.0부터 막힌다.
    Ko title: 공개한 컨테이너의 주소로 라우팅하는 다른 호스트는 {reach.direct_published}
    Not applicable with: iptables=false; ip-forward=false
    """
    tried = _sent(r.direct)
    _listener_up(r, "published")
    j.expect("outside_at_published_address_8080", "reach.direct_published", tried.word)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


@claim("D-REACH-4", observes="reachability")
def loopback_port_from_another_host(j: Judgement, r: Reachability, profile: Profile) -> None:
    """A port published on 127.0.0.1 is not reachable from another host, even when that host sends to
    127.0.0.1 through this host.

    Documented: -p 127.0.0.1:LPORT:8080, the outside sending to 127.0.0.1:LPORT through this host:
        {reach.loopback_published} (from 28.0 a raw-table rule drops it; "unprotected": no rule stops it,
        and the verdict says what was seen)
    Ko documented: -p 127.0.0.1:LPORT:8080, 이 호스트를 거쳐 127.0.0.1:LPORT로 보내는 바깥쪽:
        {reach.loopback_published} (28.0부터 raw 테이블 규칙이 버린다; "unprotected": 막는 규칙이 없으며,
        판정이 본 것을 말한다)
    By hand: docker run -d -p 127.0.0.1:LPORT:8080 busybox nc -ll -p 8080 -e echo conformance;
        ip netns exec OUTSIDE sysctl -w net.ipv4.conf.eth0.route_localnet=1;
        ip netns exec OUTSIDE ip route add 127.0.0.1/32 via <host address>;
        ip netns exec OUTSIDE nc -w 1 127.0.0.1 LPORT
    Title: Another host does not reach a port published on 127.0.0.1
    Ko: 127.0.0.1에 공개한 포트는 다른 호스트가 이 호스트를 거쳐 127.0.0.1로 보내도 닿지 않는다.
    Ko title: 다른 호스트는 127.0.0.1에 공개한 포트에 닿지 않는다
    Not applicable with: iptables=false; ip-forward=false
    """
    if r.loopback_route:
        raise Unobservable("loopback_route_failed", why=r.loopback_route)
    tried = _sent(r.loopback)
    _listener_up(r, "loopback")
    unprotected = profile.reach.loopback_published == "unprotected"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")
