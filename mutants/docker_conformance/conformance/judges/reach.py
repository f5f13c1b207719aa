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
mutants_x_published_port_from_another_host__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_published_port_from_another_host__mutmut)
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


def x_published_port_from_another_host__mutmut_orig(j: Judgement, r: Reachability, profile: Profile) -> None:
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


def x_published_port_from_another_host__mutmut_1(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    tried = None
    _listener_up(r, "published")
    j.expect("outside_reads_through_host_address_port", "reach.published", tried.reached)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_2(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    tried = _sent(None)
    _listener_up(r, "published")
    j.expect("outside_reads_through_host_address_port", "reach.published", tried.reached)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_3(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(None, "published")
    j.expect("outside_reads_through_host_address_port", "reach.published", tried.reached)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_4(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(r, None)
    j.expect("outside_reads_through_host_address_port", "reach.published", tried.reached)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_5(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up("published")
    j.expect("outside_reads_through_host_address_port", "reach.published", tried.reached)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_6(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(r, )
    j.expect("outside_reads_through_host_address_port", "reach.published", tried.reached)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_7(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(r, "XXpublishedXX")
    j.expect("outside_reads_through_host_address_port", "reach.published", tried.reached)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_8(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(r, "PUBLISHED")
    j.expect("outside_reads_through_host_address_port", "reach.published", tried.reached)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_9(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect(None, "reach.published", tried.reached)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_10(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_reads_through_host_address_port", None, tried.reached)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_11(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_reads_through_host_address_port", "reach.published", None)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_12(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("reach.published", tried.reached)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_13(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_reads_through_host_address_port", tried.reached)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_14(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_reads_through_host_address_port", "reach.published", )
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_15(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("XXoutside_reads_through_host_address_portXX", "reach.published", tried.reached)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_16(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("OUTSIDE_READS_THROUGH_HOST_ADDRESS_PORT", "reach.published", tried.reached)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_17(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_reads_through_host_address_port", "XXreach.publishedXX", tried.reached)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_18(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_reads_through_host_address_port", "REACH.PUBLISHED", tried.reached)
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_19(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.fact(None, "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_20(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.fact("what_read_container_answer", None, tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_21(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", None)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_22(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.fact("conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_23(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.fact("what_read_container_answer", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_24(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.fact("what_read_container_answer", "conformance" if tried.reached else "", )
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_25(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.fact("XXwhat_read_container_answerXX", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_26(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.fact("WHAT_READ_CONTAINER_ANSWER", "conformance" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_27(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.fact("what_read_container_answer", "conformance" if (tried.reached) and False else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_28(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.fact("what_read_container_answer", "conformance" if (tried.reached) or True else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_29(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.fact("what_read_container_answer", "XXconformanceXX" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_30(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.fact("what_read_container_answer", "CONFORMANCE" if tried.reached else "", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_31(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.fact("what_read_container_answer", "conformance" if tried.reached else "XXXX", tried.read)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_32(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach(None, tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_33(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("the outside's try", None)
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_34(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach(tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_35(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("the outside's try", )
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_36(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("XXthe outside's tryXX", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_37(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("THE OUTSIDE'S TRY", tried.line())
    evidence(j, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_38(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(None, r, "nat", "filter")


def x_published_port_from_another_host__mutmut_39(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, None, "nat", "filter")


def x_published_port_from_another_host__mutmut_40(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, None, "filter")


def x_published_port_from_another_host__mutmut_41(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "nat", None)


def x_published_port_from_another_host__mutmut_42(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(r, "nat", "filter")


def x_published_port_from_another_host__mutmut_43(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, "nat", "filter")


def x_published_port_from_another_host__mutmut_44(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "filter")


def x_published_port_from_another_host__mutmut_45(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "nat", )


def x_published_port_from_another_host__mutmut_46(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "XXnatXX", "filter")


def x_published_port_from_another_host__mutmut_47(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "NAT", "filter")


def x_published_port_from_another_host__mutmut_48(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "nat", "XXfilterXX")


def x_published_port_from_another_host__mutmut_49(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "nat", "FILTER")

mutants_x_published_port_from_another_host__mutmut['_mutmut_orig'] = x_published_port_from_another_host__mutmut_orig # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_1'] = x_published_port_from_another_host__mutmut_1 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_2'] = x_published_port_from_another_host__mutmut_2 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_3'] = x_published_port_from_another_host__mutmut_3 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_4'] = x_published_port_from_another_host__mutmut_4 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_5'] = x_published_port_from_another_host__mutmut_5 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_6'] = x_published_port_from_another_host__mutmut_6 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_7'] = x_published_port_from_another_host__mutmut_7 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_8'] = x_published_port_from_another_host__mutmut_8 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_9'] = x_published_port_from_another_host__mutmut_9 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_10'] = x_published_port_from_another_host__mutmut_10 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_11'] = x_published_port_from_another_host__mutmut_11 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_12'] = x_published_port_from_another_host__mutmut_12 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_13'] = x_published_port_from_another_host__mutmut_13 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_14'] = x_published_port_from_another_host__mutmut_14 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_15'] = x_published_port_from_another_host__mutmut_15 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_16'] = x_published_port_from_another_host__mutmut_16 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_17'] = x_published_port_from_another_host__mutmut_17 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_18'] = x_published_port_from_another_host__mutmut_18 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_19'] = x_published_port_from_another_host__mutmut_19 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_20'] = x_published_port_from_another_host__mutmut_20 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_21'] = x_published_port_from_another_host__mutmut_21 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_22'] = x_published_port_from_another_host__mutmut_22 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_23'] = x_published_port_from_another_host__mutmut_23 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_24'] = x_published_port_from_another_host__mutmut_24 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_25'] = x_published_port_from_another_host__mutmut_25 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_26'] = x_published_port_from_another_host__mutmut_26 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_27'] = x_published_port_from_another_host__mutmut_27 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_28'] = x_published_port_from_another_host__mutmut_28 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_29'] = x_published_port_from_another_host__mutmut_29 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_30'] = x_published_port_from_another_host__mutmut_30 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_31'] = x_published_port_from_another_host__mutmut_31 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_32'] = x_published_port_from_another_host__mutmut_32 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_33'] = x_published_port_from_another_host__mutmut_33 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_34'] = x_published_port_from_another_host__mutmut_34 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_35'] = x_published_port_from_another_host__mutmut_35 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_36'] = x_published_port_from_another_host__mutmut_36 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_37'] = x_published_port_from_another_host__mutmut_37 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_38'] = x_published_port_from_another_host__mutmut_38 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_39'] = x_published_port_from_another_host__mutmut_39 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_40'] = x_published_port_from_another_host__mutmut_40 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_41'] = x_published_port_from_another_host__mutmut_41 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_42'] = x_published_port_from_another_host__mutmut_42 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_43'] = x_published_port_from_another_host__mutmut_43 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_44'] = x_published_port_from_another_host__mutmut_44 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_45'] = x_published_port_from_another_host__mutmut_45 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_46'] = x_published_port_from_another_host__mutmut_46 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_47'] = x_published_port_from_another_host__mutmut_47 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_48'] = x_published_port_from_another_host__mutmut_48 # type: ignore # mutmut generated
mutants_x_published_port_from_another_host__mutmut['x_published_port_from_another_host__mutmut_49'] = x_published_port_from_another_host__mutmut_49 # type: ignore # mutmut generated


claim("D-REACH-1", observes="reachability")(published_port_from_another_host)
mutants_x_unpublished_port__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_unpublished_port__mutmut)
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


def x_unpublished_port__mutmut_orig(j: Judgement, r: Reachability, profile: Profile) -> None:
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


def x_unpublished_port__mutmut_1(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    tried = None
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


def x_unpublished_port__mutmut_2(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    tried = _sent(None)
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


def x_unpublished_port__mutmut_3(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(None, "unpublished")
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


def x_unpublished_port__mutmut_4(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(r, None)
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


def x_unpublished_port__mutmut_5(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up("unpublished")
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


def x_unpublished_port__mutmut_6(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(r, )
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


def x_unpublished_port__mutmut_7(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(r, "XXunpublishedXX")
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


def x_unpublished_port__mutmut_8(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(r, "UNPUBLISHED")
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


def x_unpublished_port__mutmut_9(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    policy = None
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


def x_unpublished_port__mutmut_10(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    policy = r.before.policy(None)
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


def x_unpublished_port__mutmut_11(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    policy = r.before.policy("XXFORWARDXX")
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


def x_unpublished_port__mutmut_12(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    policy = r.before.policy("forward")
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


def x_unpublished_port__mutmut_13(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    exposed = None  # a host that says it forwards on purpose
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


def x_unpublished_port__mutmut_14(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    exposed = profile.reach.unpublished != "exposed"  # a host that says it forwards on purpose
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


def x_unpublished_port__mutmut_15(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    exposed = profile.reach.unpublished == "XXexposedXX"  # a host that says it forwards on purpose
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


def x_unpublished_port__mutmut_16(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    exposed = profile.reach.unpublished == "EXPOSED"  # a host that says it forwards on purpose
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


def x_unpublished_port__mutmut_17(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        None,
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


def x_unpublished_port__mutmut_18(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        None,
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


def x_unpublished_port__mutmut_19(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        None,
        holds=tried.word == "blocked" or exposed,
        via=lambda value: "either (exposed on purpose)" if value == "exposed" else "blocked",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_20(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        holds=None,
        via=lambda value: "either (exposed on purpose)" if value == "exposed" else "blocked",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_21(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        via=None,
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_22(j: Judgement, r: Reachability, profile: Profile) -> None:
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


def x_unpublished_port__mutmut_23(j: Judgement, r: Reachability, profile: Profile) -> None:
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


def x_unpublished_port__mutmut_24(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        holds=tried.word == "blocked" or exposed,
        via=lambda value: "either (exposed on purpose)" if value == "exposed" else "blocked",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_25(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        via=lambda value: "either (exposed on purpose)" if value == "exposed" else "blocked",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_26(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_27(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        "XXoutside_at_unpublished_address_8080XX",
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


def x_unpublished_port__mutmut_28(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        "OUTSIDE_AT_UNPUBLISHED_ADDRESS_8080",
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


def x_unpublished_port__mutmut_29(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        "XXreach.unpublishedXX",
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


def x_unpublished_port__mutmut_30(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        "REACH.UNPUBLISHED",
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


def x_unpublished_port__mutmut_31(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        holds=tried.word == "blocked" and exposed,
        via=lambda value: "either (exposed on purpose)" if value == "exposed" else "blocked",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_32(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        holds=tried.word != "blocked" or exposed,
        via=lambda value: "either (exposed on purpose)" if value == "exposed" else "blocked",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_33(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        holds=tried.word == "XXblockedXX" or exposed,
        via=lambda value: "either (exposed on purpose)" if value == "exposed" else "blocked",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_34(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        holds=tried.word == "BLOCKED" or exposed,
        via=lambda value: "either (exposed on purpose)" if value == "exposed" else "blocked",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_35(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        via=lambda value: None,
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_36(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        via=lambda value: "either (exposed on purpose)" if (value == "exposed") and False else "blocked",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_37(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        via=lambda value: "either (exposed on purpose)" if (value == "exposed") or True else "blocked",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_38(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        via=lambda value: "XXeither (exposed on purpose)XX" if value == "exposed" else "blocked",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_39(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        via=lambda value: "EITHER (EXPOSED ON PURPOSE)" if value == "exposed" else "blocked",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_40(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        via=lambda value: "either (exposed on purpose)" if value != "exposed" else "blocked",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_41(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        via=lambda value: "either (exposed on purpose)" if value == "XXexposedXX" else "blocked",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_42(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        via=lambda value: "either (exposed on purpose)" if value == "EXPOSED" else "blocked",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_43(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        via=lambda value: "either (exposed on purpose)" if value == "exposed" else "XXblockedXX",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_44(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        via=lambda value: "either (exposed on purpose)" if value == "exposed" else "BLOCKED",
    )
    if tried.reached:
        by_policy = profile.reach.unpublished == "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_45(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        by_policy = None
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_46(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        by_policy = profile.reach.unpublished == "policy" or policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_47(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        by_policy = profile.reach.unpublished != "policy" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_48(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        by_policy = profile.reach.unpublished == "XXpolicyXX" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_49(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        by_policy = profile.reach.unpublished == "POLICY" and policy != "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_50(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        by_policy = profile.reach.unpublished == "policy" and policy == "DROP"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_51(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        by_policy = profile.reach.unpublished == "policy" and policy != "XXDROPXX"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_52(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        by_policy = profile.reach.unpublished == "policy" and policy != "drop"
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_53(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note(None, target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_54(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=None, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_55(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, policy=None)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_56(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note(target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_57(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_58(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("exposed_by_policy" if by_policy else "exposed_see_rules", target=tried.target, )
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_59(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("exposed_by_policy" if (by_policy) and False else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_60(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("exposed_by_policy" if (by_policy) or True else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_61(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("XXexposed_by_policyXX" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_62(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("EXPOSED_BY_POLICY" if by_policy else "exposed_see_rules", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_63(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("exposed_by_policy" if by_policy else "XXexposed_see_rulesXX", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_64(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("exposed_by_policy" if by_policy else "EXPOSED_SEE_RULES", target=tried.target, policy=policy)
    j.attach("the outside's try", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_65(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach(None, tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_66(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("the outside's try", None)
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_67(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach(tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_68(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("the outside's try", )
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_69(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("XXthe outside's tryXX", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_70(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("THE OUTSIDE'S TRY", tried.line())
    j.attach("FORWARD's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_71(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach(None, str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_72(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("FORWARD's policy", None)
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_73(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach(str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_74(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("FORWARD's policy", )
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_75(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("XXFORWARD's policyXX", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_76(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("forward's policy", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_77(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("FORWARD'S POLICY", str(policy))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_78(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("FORWARD's policy", str(None))
    evidence(j, r, "filter", "raw")


def x_unpublished_port__mutmut_79(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(None, r, "filter", "raw")


def x_unpublished_port__mutmut_80(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, None, "filter", "raw")


def x_unpublished_port__mutmut_81(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, None, "raw")


def x_unpublished_port__mutmut_82(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "filter", None)


def x_unpublished_port__mutmut_83(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(r, "filter", "raw")


def x_unpublished_port__mutmut_84(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, "filter", "raw")


def x_unpublished_port__mutmut_85(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "raw")


def x_unpublished_port__mutmut_86(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "filter", )


def x_unpublished_port__mutmut_87(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "XXfilterXX", "raw")


def x_unpublished_port__mutmut_88(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "FILTER", "raw")


def x_unpublished_port__mutmut_89(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "filter", "XXrawXX")


def x_unpublished_port__mutmut_90(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "filter", "RAW")

mutants_x_unpublished_port__mutmut['_mutmut_orig'] = x_unpublished_port__mutmut_orig # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_1'] = x_unpublished_port__mutmut_1 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_2'] = x_unpublished_port__mutmut_2 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_3'] = x_unpublished_port__mutmut_3 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_4'] = x_unpublished_port__mutmut_4 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_5'] = x_unpublished_port__mutmut_5 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_6'] = x_unpublished_port__mutmut_6 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_7'] = x_unpublished_port__mutmut_7 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_8'] = x_unpublished_port__mutmut_8 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_9'] = x_unpublished_port__mutmut_9 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_10'] = x_unpublished_port__mutmut_10 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_11'] = x_unpublished_port__mutmut_11 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_12'] = x_unpublished_port__mutmut_12 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_13'] = x_unpublished_port__mutmut_13 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_14'] = x_unpublished_port__mutmut_14 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_15'] = x_unpublished_port__mutmut_15 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_16'] = x_unpublished_port__mutmut_16 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_17'] = x_unpublished_port__mutmut_17 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_18'] = x_unpublished_port__mutmut_18 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_19'] = x_unpublished_port__mutmut_19 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_20'] = x_unpublished_port__mutmut_20 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_21'] = x_unpublished_port__mutmut_21 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_22'] = x_unpublished_port__mutmut_22 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_23'] = x_unpublished_port__mutmut_23 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_24'] = x_unpublished_port__mutmut_24 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_25'] = x_unpublished_port__mutmut_25 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_26'] = x_unpublished_port__mutmut_26 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_27'] = x_unpublished_port__mutmut_27 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_28'] = x_unpublished_port__mutmut_28 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_29'] = x_unpublished_port__mutmut_29 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_30'] = x_unpublished_port__mutmut_30 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_31'] = x_unpublished_port__mutmut_31 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_32'] = x_unpublished_port__mutmut_32 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_33'] = x_unpublished_port__mutmut_33 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_34'] = x_unpublished_port__mutmut_34 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_35'] = x_unpublished_port__mutmut_35 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_36'] = x_unpublished_port__mutmut_36 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_37'] = x_unpublished_port__mutmut_37 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_38'] = x_unpublished_port__mutmut_38 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_39'] = x_unpublished_port__mutmut_39 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_40'] = x_unpublished_port__mutmut_40 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_41'] = x_unpublished_port__mutmut_41 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_42'] = x_unpublished_port__mutmut_42 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_43'] = x_unpublished_port__mutmut_43 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_44'] = x_unpublished_port__mutmut_44 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_45'] = x_unpublished_port__mutmut_45 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_46'] = x_unpublished_port__mutmut_46 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_47'] = x_unpublished_port__mutmut_47 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_48'] = x_unpublished_port__mutmut_48 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_49'] = x_unpublished_port__mutmut_49 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_50'] = x_unpublished_port__mutmut_50 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_51'] = x_unpublished_port__mutmut_51 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_52'] = x_unpublished_port__mutmut_52 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_53'] = x_unpublished_port__mutmut_53 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_54'] = x_unpublished_port__mutmut_54 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_55'] = x_unpublished_port__mutmut_55 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_56'] = x_unpublished_port__mutmut_56 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_57'] = x_unpublished_port__mutmut_57 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_58'] = x_unpublished_port__mutmut_58 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_59'] = x_unpublished_port__mutmut_59 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_60'] = x_unpublished_port__mutmut_60 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_61'] = x_unpublished_port__mutmut_61 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_62'] = x_unpublished_port__mutmut_62 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_63'] = x_unpublished_port__mutmut_63 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_64'] = x_unpublished_port__mutmut_64 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_65'] = x_unpublished_port__mutmut_65 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_66'] = x_unpublished_port__mutmut_66 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_67'] = x_unpublished_port__mutmut_67 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_68'] = x_unpublished_port__mutmut_68 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_69'] = x_unpublished_port__mutmut_69 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_70'] = x_unpublished_port__mutmut_70 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_71'] = x_unpublished_port__mutmut_71 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_72'] = x_unpublished_port__mutmut_72 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_73'] = x_unpublished_port__mutmut_73 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_74'] = x_unpublished_port__mutmut_74 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_75'] = x_unpublished_port__mutmut_75 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_76'] = x_unpublished_port__mutmut_76 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_77'] = x_unpublished_port__mutmut_77 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_78'] = x_unpublished_port__mutmut_78 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_79'] = x_unpublished_port__mutmut_79 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_80'] = x_unpublished_port__mutmut_80 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_81'] = x_unpublished_port__mutmut_81 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_82'] = x_unpublished_port__mutmut_82 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_83'] = x_unpublished_port__mutmut_83 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_84'] = x_unpublished_port__mutmut_84 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_85'] = x_unpublished_port__mutmut_85 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_86'] = x_unpublished_port__mutmut_86 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_87'] = x_unpublished_port__mutmut_87 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_88'] = x_unpublished_port__mutmut_88 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_89'] = x_unpublished_port__mutmut_89 # type: ignore # mutmut generated
mutants_x_unpublished_port__mutmut['x_unpublished_port__mutmut_90'] = x_unpublished_port__mutmut_90 # type: ignore # mutmut generated


claim("D-REACH-2", observes="reachability")(unpublished_port)
mutants_x_direct_routing__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_direct_routing__mutmut)
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


def x_direct_routing__mutmut_orig(j: Judgement, r: Reachability, profile: Profile) -> None:
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


def x_direct_routing__mutmut_1(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    tried = None
    _listener_up(r, "published")
    j.expect("outside_at_published_address_8080", "reach.direct_published", tried.word)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_2(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    tried = _sent(None)
    _listener_up(r, "published")
    j.expect("outside_at_published_address_8080", "reach.direct_published", tried.word)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_3(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(None, "published")
    j.expect("outside_at_published_address_8080", "reach.direct_published", tried.word)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_4(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(r, None)
    j.expect("outside_at_published_address_8080", "reach.direct_published", tried.word)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_5(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up("published")
    j.expect("outside_at_published_address_8080", "reach.direct_published", tried.word)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_6(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(r, )
    j.expect("outside_at_published_address_8080", "reach.direct_published", tried.word)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_7(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(r, "XXpublishedXX")
    j.expect("outside_at_published_address_8080", "reach.direct_published", tried.word)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_8(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(r, "PUBLISHED")
    j.expect("outside_at_published_address_8080", "reach.direct_published", tried.word)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_9(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect(None, "reach.direct_published", tried.word)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_10(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_published_address_8080", None, tried.word)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_11(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_published_address_8080", "reach.direct_published", None)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_12(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("reach.direct_published", tried.word)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_13(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_published_address_8080", tried.word)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_14(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_published_address_8080", "reach.direct_published", )
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_15(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("XXoutside_at_published_address_8080XX", "reach.direct_published", tried.word)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_16(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("OUTSIDE_AT_PUBLISHED_ADDRESS_8080", "reach.direct_published", tried.word)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_17(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_published_address_8080", "XXreach.direct_publishedXX", tried.word)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_18(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_published_address_8080", "REACH.DIRECT_PUBLISHED", tried.word)
    if trusted := r.bridge_options.get(TRUSTED):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_19(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    if trusted := r.bridge_options.get(None):
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_20(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note(None, trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_21(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("bridge_network_trusts_direct_routing_from", trusted=None, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_22(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, trusted2=None)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_23(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note(trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_24(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("bridge_network_trusts_direct_routing_from", trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_25(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("bridge_network_trusts_direct_routing_from", trusted=trusted, )
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_26(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("XXbridge_network_trusts_direct_routing_fromXX", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_27(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("BRIDGE_NETWORK_TRUSTS_DIRECT_ROUTING_FROM", trusted=trusted, trusted2=TRUSTED)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_28(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach(None, tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_29(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("the outside's try", None)
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_30(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach(tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_31(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("the outside's try", )
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_32(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("XXthe outside's tryXX", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_33(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("THE OUTSIDE'S TRY", tried.line())
    evidence(j, r, "raw", "filter")


def x_direct_routing__mutmut_34(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(None, r, "raw", "filter")


def x_direct_routing__mutmut_35(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, None, "raw", "filter")


def x_direct_routing__mutmut_36(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, None, "filter")


def x_direct_routing__mutmut_37(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "raw", None)


def x_direct_routing__mutmut_38(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(r, "raw", "filter")


def x_direct_routing__mutmut_39(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, "raw", "filter")


def x_direct_routing__mutmut_40(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "filter")


def x_direct_routing__mutmut_41(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "raw", )


def x_direct_routing__mutmut_42(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "XXrawXX", "filter")


def x_direct_routing__mutmut_43(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "RAW", "filter")


def x_direct_routing__mutmut_44(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "raw", "XXfilterXX")


def x_direct_routing__mutmut_45(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "raw", "FILTER")

mutants_x_direct_routing__mutmut['_mutmut_orig'] = x_direct_routing__mutmut_orig # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_1'] = x_direct_routing__mutmut_1 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_2'] = x_direct_routing__mutmut_2 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_3'] = x_direct_routing__mutmut_3 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_4'] = x_direct_routing__mutmut_4 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_5'] = x_direct_routing__mutmut_5 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_6'] = x_direct_routing__mutmut_6 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_7'] = x_direct_routing__mutmut_7 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_8'] = x_direct_routing__mutmut_8 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_9'] = x_direct_routing__mutmut_9 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_10'] = x_direct_routing__mutmut_10 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_11'] = x_direct_routing__mutmut_11 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_12'] = x_direct_routing__mutmut_12 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_13'] = x_direct_routing__mutmut_13 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_14'] = x_direct_routing__mutmut_14 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_15'] = x_direct_routing__mutmut_15 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_16'] = x_direct_routing__mutmut_16 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_17'] = x_direct_routing__mutmut_17 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_18'] = x_direct_routing__mutmut_18 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_19'] = x_direct_routing__mutmut_19 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_20'] = x_direct_routing__mutmut_20 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_21'] = x_direct_routing__mutmut_21 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_22'] = x_direct_routing__mutmut_22 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_23'] = x_direct_routing__mutmut_23 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_24'] = x_direct_routing__mutmut_24 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_25'] = x_direct_routing__mutmut_25 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_26'] = x_direct_routing__mutmut_26 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_27'] = x_direct_routing__mutmut_27 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_28'] = x_direct_routing__mutmut_28 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_29'] = x_direct_routing__mutmut_29 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_30'] = x_direct_routing__mutmut_30 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_31'] = x_direct_routing__mutmut_31 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_32'] = x_direct_routing__mutmut_32 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_33'] = x_direct_routing__mutmut_33 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_34'] = x_direct_routing__mutmut_34 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_35'] = x_direct_routing__mutmut_35 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_36'] = x_direct_routing__mutmut_36 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_37'] = x_direct_routing__mutmut_37 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_38'] = x_direct_routing__mutmut_38 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_39'] = x_direct_routing__mutmut_39 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_40'] = x_direct_routing__mutmut_40 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_41'] = x_direct_routing__mutmut_41 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_42'] = x_direct_routing__mutmut_42 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_43'] = x_direct_routing__mutmut_43 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_44'] = x_direct_routing__mutmut_44 # type: ignore # mutmut generated
mutants_x_direct_routing__mutmut['x_direct_routing__mutmut_45'] = x_direct_routing__mutmut_45 # type: ignore # mutmut generated


claim("D-REACH-3", observes="reachability")(direct_routing)
mutants_x_loopback_port_from_another_host__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_loopback_port_from_another_host__mutmut)
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


def x_loopback_port_from_another_host__mutmut_orig(j: Judgement, r: Reachability, profile: Profile) -> None:
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


def x_loopback_port_from_another_host__mutmut_1(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        raise Unobservable(None, why=r.loopback_route)
    tried = _sent(r.loopback)
    _listener_up(r, "loopback")
    unprotected = profile.reach.loopback_published == "unprotected"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_2(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        raise Unobservable("loopback_route_failed", why=None)
    tried = _sent(r.loopback)
    _listener_up(r, "loopback")
    unprotected = profile.reach.loopback_published == "unprotected"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_3(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        raise Unobservable(why=r.loopback_route)
    tried = _sent(r.loopback)
    _listener_up(r, "loopback")
    unprotected = profile.reach.loopback_published == "unprotected"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_4(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        raise Unobservable("loopback_route_failed", )
    tried = _sent(r.loopback)
    _listener_up(r, "loopback")
    unprotected = profile.reach.loopback_published == "unprotected"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_5(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        raise Unobservable("XXloopback_route_failedXX", why=r.loopback_route)
    tried = _sent(r.loopback)
    _listener_up(r, "loopback")
    unprotected = profile.reach.loopback_published == "unprotected"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_6(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        raise Unobservable("LOOPBACK_ROUTE_FAILED", why=r.loopback_route)
    tried = _sent(r.loopback)
    _listener_up(r, "loopback")
    unprotected = profile.reach.loopback_published == "unprotected"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_7(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    tried = None
    _listener_up(r, "loopback")
    unprotected = profile.reach.loopback_published == "unprotected"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_8(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    tried = _sent(None)
    _listener_up(r, "loopback")
    unprotected = profile.reach.loopback_published == "unprotected"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_9(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(None, "loopback")
    unprotected = profile.reach.loopback_published == "unprotected"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_10(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(r, None)
    unprotected = profile.reach.loopback_published == "unprotected"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_11(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up("loopback")
    unprotected = profile.reach.loopback_published == "unprotected"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_12(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(r, )
    unprotected = profile.reach.loopback_published == "unprotected"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_13(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(r, "XXloopbackXX")
    unprotected = profile.reach.loopback_published == "unprotected"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_14(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    _listener_up(r, "LOOPBACK")
    unprotected = profile.reach.loopback_published == "unprotected"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_15(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    unprotected = None
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_16(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    unprotected = profile.reach.loopback_published != "unprotected"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_17(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    unprotected = profile.reach.loopback_published == "XXunprotectedXX"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_18(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    unprotected = profile.reach.loopback_published == "UNPROTECTED"
    word = tried.word
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_19(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    word = None
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_20(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect(None, "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_21(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_127_0_0_1", None, word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_22(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", None, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_23(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=None)
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_24(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_25(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_127_0_0_1", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_26(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_27(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, )
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_28(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("XXoutside_at_127_0_0_1XX", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_29(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("OUTSIDE_AT_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_30(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_127_0_0_1", "XXreach.loopback_publishedXX", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_31(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_127_0_0_1", "REACH.LOOPBACK_PUBLISHED", word, holds=unprotected or word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_32(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected and word == "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_33(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word != "blocked")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_34(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "XXblockedXX")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_35(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.expect("outside_at_127_0_0_1", "reach.loopback_published", word, holds=unprotected or word == "BLOCKED")
    if unprotected and tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_36(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    if unprotected or tried.reached:
        j.note("this_host_exposed_neighbour_sending_to")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_37(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note(None)
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_38(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("XXthis_host_exposed_neighbour_sending_toXX")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_39(j: Judgement, r: Reachability, profile: Profile) -> None:
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
        j.note("THIS_HOST_EXPOSED_NEIGHBOUR_SENDING_TO")
    j.attach("the outside's try", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_40(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach(None, tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_41(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("the outside's try", None)
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_42(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach(tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_43(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("the outside's try", )
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_44(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("XXthe outside's tryXX", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_45(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    j.attach("THE OUTSIDE'S TRY", tried.line())
    evidence(j, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_46(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(None, r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_47(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, None, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_48(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, None, "nat")


def x_loopback_port_from_another_host__mutmut_49(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "raw", None)


def x_loopback_port_from_another_host__mutmut_50(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(r, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_51(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, "raw", "nat")


def x_loopback_port_from_another_host__mutmut_52(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "nat")


def x_loopback_port_from_another_host__mutmut_53(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "raw", )


def x_loopback_port_from_another_host__mutmut_54(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "XXrawXX", "nat")


def x_loopback_port_from_another_host__mutmut_55(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "RAW", "nat")


def x_loopback_port_from_another_host__mutmut_56(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "raw", "XXnatXX")


def x_loopback_port_from_another_host__mutmut_57(j: Judgement, r: Reachability, profile: Profile) -> None:
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
    evidence(j, r, "raw", "NAT")

mutants_x_loopback_port_from_another_host__mutmut['_mutmut_orig'] = x_loopback_port_from_another_host__mutmut_orig # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_1'] = x_loopback_port_from_another_host__mutmut_1 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_2'] = x_loopback_port_from_another_host__mutmut_2 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_3'] = x_loopback_port_from_another_host__mutmut_3 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_4'] = x_loopback_port_from_another_host__mutmut_4 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_5'] = x_loopback_port_from_another_host__mutmut_5 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_6'] = x_loopback_port_from_another_host__mutmut_6 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_7'] = x_loopback_port_from_another_host__mutmut_7 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_8'] = x_loopback_port_from_another_host__mutmut_8 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_9'] = x_loopback_port_from_another_host__mutmut_9 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_10'] = x_loopback_port_from_another_host__mutmut_10 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_11'] = x_loopback_port_from_another_host__mutmut_11 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_12'] = x_loopback_port_from_another_host__mutmut_12 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_13'] = x_loopback_port_from_another_host__mutmut_13 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_14'] = x_loopback_port_from_another_host__mutmut_14 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_15'] = x_loopback_port_from_another_host__mutmut_15 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_16'] = x_loopback_port_from_another_host__mutmut_16 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_17'] = x_loopback_port_from_another_host__mutmut_17 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_18'] = x_loopback_port_from_another_host__mutmut_18 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_19'] = x_loopback_port_from_another_host__mutmut_19 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_20'] = x_loopback_port_from_another_host__mutmut_20 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_21'] = x_loopback_port_from_another_host__mutmut_21 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_22'] = x_loopback_port_from_another_host__mutmut_22 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_23'] = x_loopback_port_from_another_host__mutmut_23 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_24'] = x_loopback_port_from_another_host__mutmut_24 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_25'] = x_loopback_port_from_another_host__mutmut_25 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_26'] = x_loopback_port_from_another_host__mutmut_26 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_27'] = x_loopback_port_from_another_host__mutmut_27 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_28'] = x_loopback_port_from_another_host__mutmut_28 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_29'] = x_loopback_port_from_another_host__mutmut_29 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_30'] = x_loopback_port_from_another_host__mutmut_30 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_31'] = x_loopback_port_from_another_host__mutmut_31 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_32'] = x_loopback_port_from_another_host__mutmut_32 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_33'] = x_loopback_port_from_another_host__mutmut_33 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_34'] = x_loopback_port_from_another_host__mutmut_34 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_35'] = x_loopback_port_from_another_host__mutmut_35 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_36'] = x_loopback_port_from_another_host__mutmut_36 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_37'] = x_loopback_port_from_another_host__mutmut_37 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_38'] = x_loopback_port_from_another_host__mutmut_38 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_39'] = x_loopback_port_from_another_host__mutmut_39 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_40'] = x_loopback_port_from_another_host__mutmut_40 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_41'] = x_loopback_port_from_another_host__mutmut_41 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_42'] = x_loopback_port_from_another_host__mutmut_42 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_43'] = x_loopback_port_from_another_host__mutmut_43 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_44'] = x_loopback_port_from_another_host__mutmut_44 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_45'] = x_loopback_port_from_another_host__mutmut_45 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_46'] = x_loopback_port_from_another_host__mutmut_46 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_47'] = x_loopback_port_from_another_host__mutmut_47 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_48'] = x_loopback_port_from_another_host__mutmut_48 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_49'] = x_loopback_port_from_another_host__mutmut_49 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_50'] = x_loopback_port_from_another_host__mutmut_50 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_51'] = x_loopback_port_from_another_host__mutmut_51 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_52'] = x_loopback_port_from_another_host__mutmut_52 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_53'] = x_loopback_port_from_another_host__mutmut_53 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_54'] = x_loopback_port_from_another_host__mutmut_54 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_55'] = x_loopback_port_from_another_host__mutmut_55 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_56'] = x_loopback_port_from_another_host__mutmut_56 # type: ignore # mutmut generated
mutants_x_loopback_port_from_another_host__mutmut['x_loopback_port_from_another_host__mutmut_57'] = x_loopback_port_from_another_host__mutmut_57 # type: ignore # mutmut generated


claim("D-REACH-4", observes="reachability")(loopback_port_from_another_host)
