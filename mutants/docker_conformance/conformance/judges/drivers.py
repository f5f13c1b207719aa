"""D-HOST-1, D-NONE-1: the host and none drivers, from inside the container and from the host."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.judges.shared import note_others
from docker_conformance.conformance.model.scenarios import DriverRun

family(__name__, "HOST", "Other drivers", "다른 드라이버")
family(__name__, "NONE", "Other drivers", "다른 드라이버")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__no_new_veth__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__no_new_veth__mutmut)
def _no_new_veth(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_orig(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_1(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = None
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_2(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(None)
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_3(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact(None, [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_4(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", None, [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_5(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], None)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_6(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact([], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_7(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_8(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], )
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_9(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("XXveths_in_container_namespaceXX", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_10(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("VETHS_IN_CONTAINER_NAMESPACE", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_11(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if (run.shares_engine_netns) and False else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_12(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if (run.shares_engine_netns) or True else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_13(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = None
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_14(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_15(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is not None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_16(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs or run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_17(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            None,
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_18(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=None,
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_19(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=None,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_20(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=None,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_21(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_22(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_23(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_24(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_25(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "XXnew_host_veths_not_judgedXX",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_26(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "NEW_HOST_VETHS_NOT_JUDGED",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_27(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(None),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_28(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs="XX, XX".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_29(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact(None, [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_30(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", None, local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_31(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], None)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_32(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact([], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_33(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_34(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], )
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_35(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("XXnew_host_veths_whose_peer_onXX", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_36(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("NEW_HOST_VETHS_WHOSE_PEER_ON", [], local_pairs)
    note_others(j, list(run.veths_added))


def x__no_new_veth__mutmut_37(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(None, list(run.veths_added))


def x__no_new_veth__mutmut_38(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, None)


def x__no_new_veth__mutmut_39(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(list(run.veths_added))


def x__no_new_veth__mutmut_40(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, )


def x__no_new_veth__mutmut_41(j: Judgement, run: DriverRun) -> None:
    """No veth end in the container's namespace, and no new pair with both ends on the host.

    Veths other containers add meanwhile (their peer in another namespace: a link-netnsid)
    are not this container's.
    """
    inside = sorted(link.name for link in run.inside.veths())
    j.fact("veths_in_container_namespace", [], [] if run.shares_engine_netns else inside)
    local_pairs = sorted(v.name for v in run.veths_added if v.link_netnsid is None)
    if local_pairs and run.activity:  # others' veths pass through the host while they are made
        j.note(
            "new_host_veths_not_judged",
            local_pairs=", ".join(local_pairs),
            activity=run.activity,
            attempts=run.attempts,
        )
    else:
        j.fact("new_host_veths_whose_peer_on", [], local_pairs)
    note_others(j, list(None))

mutants_x__no_new_veth__mutmut['_mutmut_orig'] = x__no_new_veth__mutmut_orig # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_1'] = x__no_new_veth__mutmut_1 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_2'] = x__no_new_veth__mutmut_2 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_3'] = x__no_new_veth__mutmut_3 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_4'] = x__no_new_veth__mutmut_4 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_5'] = x__no_new_veth__mutmut_5 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_6'] = x__no_new_veth__mutmut_6 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_7'] = x__no_new_veth__mutmut_7 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_8'] = x__no_new_veth__mutmut_8 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_9'] = x__no_new_veth__mutmut_9 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_10'] = x__no_new_veth__mutmut_10 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_11'] = x__no_new_veth__mutmut_11 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_12'] = x__no_new_veth__mutmut_12 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_13'] = x__no_new_veth__mutmut_13 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_14'] = x__no_new_veth__mutmut_14 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_15'] = x__no_new_veth__mutmut_15 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_16'] = x__no_new_veth__mutmut_16 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_17'] = x__no_new_veth__mutmut_17 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_18'] = x__no_new_veth__mutmut_18 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_19'] = x__no_new_veth__mutmut_19 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_20'] = x__no_new_veth__mutmut_20 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_21'] = x__no_new_veth__mutmut_21 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_22'] = x__no_new_veth__mutmut_22 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_23'] = x__no_new_veth__mutmut_23 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_24'] = x__no_new_veth__mutmut_24 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_25'] = x__no_new_veth__mutmut_25 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_26'] = x__no_new_veth__mutmut_26 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_27'] = x__no_new_veth__mutmut_27 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_28'] = x__no_new_veth__mutmut_28 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_29'] = x__no_new_veth__mutmut_29 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_30'] = x__no_new_veth__mutmut_30 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_31'] = x__no_new_veth__mutmut_31 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_32'] = x__no_new_veth__mutmut_32 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_33'] = x__no_new_veth__mutmut_33 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_34'] = x__no_new_veth__mutmut_34 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_35'] = x__no_new_veth__mutmut_35 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_36'] = x__no_new_veth__mutmut_36 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_37'] = x__no_new_veth__mutmut_37 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_38'] = x__no_new_veth__mutmut_38 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_39'] = x__no_new_veth__mutmut_39 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_40'] = x__no_new_veth__mutmut_40 # type: ignore # mutmut generated
mutants_x__no_new_veth__mutmut['x__no_new_veth__mutmut_41'] = x__no_new_veth__mutmut_41 # type: ignore # mutmut generated
mutants_x_host_network__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_host_network__mutmut)
def host_network(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_orig(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_1(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact(None, True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_2(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", None, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_3(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, None)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_4(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact(True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_5(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_6(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, )
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_7(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("XXcontainer_netns_engine_hostXX", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_8(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("CONTAINER_NETNS_ENGINE_HOST", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_9(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", False, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_10(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = None
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_11(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(None)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_12(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen and profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_13(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle != "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_14(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "XXpresentXX":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_15(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "PRESENT":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_16(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect(None, "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_17(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", None, seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_18(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_19(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_20(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_21(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", )
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_22(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("XXsees_bridge_deviceXX", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_23(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("SEES_BRIDGE_DEVICE", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_24(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "XXbridge.deviceXX", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_25(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "BRIDGE.DEVICE", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_26(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if (seen) and False else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_27(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if (seen) or True else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_28(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note(None, device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_29(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=None)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_30(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note(device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_31(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", )
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_32(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("XXwas_not_there_when_looked_existsXX", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_33(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("WAS_NOT_THERE_WHEN_LOOKED_EXISTS", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_34(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(None, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_35(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, None)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_36(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_37(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, )
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_host_network__mutmut_38(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(None, run.ip_addr.output)


def x_host_network__mutmut_39(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, None)


def x_host_network__mutmut_40(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.output)


def x_host_network__mutmut_41(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network host shares the host's namespace.

    Documented: sees {bridge.device} and the host's interfaces; no veth is created
    Ko documented: {bridge.device}와 호스트의 인터페이스가 보인다; veth는 생기지 않는다
    By hand: docker run --rm --network host busybox ip addr
    Title: --network host shares the host's namespace and makes no veth
    Ko: --network host 컨테이너는 호스트의 네임스페이스를 함께 쓴다.
    Ko title: --network host는 호스트의 네임스페이스를 쓰고 veth를 만들지 않는다
    """
    j.fact("container_netns_engine_host", True, run.shares_engine_netns)
    seen = run.inside.interface(profile.bridge.device)
    if seen or profile.bridge.idle == "present":
        j.expect("sees_bridge_device", "bridge.device", seen.name if seen else None)
    else:  # the bridge exists only while containers use it: there or not, as others come and go
        j.note("was_not_there_when_looked_exists", device=profile.bridge.device)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, )

mutants_x_host_network__mutmut['_mutmut_orig'] = x_host_network__mutmut_orig # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_1'] = x_host_network__mutmut_1 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_2'] = x_host_network__mutmut_2 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_3'] = x_host_network__mutmut_3 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_4'] = x_host_network__mutmut_4 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_5'] = x_host_network__mutmut_5 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_6'] = x_host_network__mutmut_6 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_7'] = x_host_network__mutmut_7 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_8'] = x_host_network__mutmut_8 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_9'] = x_host_network__mutmut_9 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_10'] = x_host_network__mutmut_10 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_11'] = x_host_network__mutmut_11 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_12'] = x_host_network__mutmut_12 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_13'] = x_host_network__mutmut_13 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_14'] = x_host_network__mutmut_14 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_15'] = x_host_network__mutmut_15 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_16'] = x_host_network__mutmut_16 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_17'] = x_host_network__mutmut_17 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_18'] = x_host_network__mutmut_18 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_19'] = x_host_network__mutmut_19 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_20'] = x_host_network__mutmut_20 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_21'] = x_host_network__mutmut_21 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_22'] = x_host_network__mutmut_22 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_23'] = x_host_network__mutmut_23 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_24'] = x_host_network__mutmut_24 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_25'] = x_host_network__mutmut_25 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_26'] = x_host_network__mutmut_26 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_27'] = x_host_network__mutmut_27 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_28'] = x_host_network__mutmut_28 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_29'] = x_host_network__mutmut_29 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_30'] = x_host_network__mutmut_30 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_31'] = x_host_network__mutmut_31 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_32'] = x_host_network__mutmut_32 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_33'] = x_host_network__mutmut_33 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_34'] = x_host_network__mutmut_34 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_35'] = x_host_network__mutmut_35 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_36'] = x_host_network__mutmut_36 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_37'] = x_host_network__mutmut_37 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_38'] = x_host_network__mutmut_38 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_39'] = x_host_network__mutmut_39 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_40'] = x_host_network__mutmut_40 # type: ignore # mutmut generated
mutants_x_host_network__mutmut['x_host_network__mutmut_41'] = x_host_network__mutmut_41 # type: ignore # mutmut generated


claim("D-HOST-1", observes="host_driver")(host_network)
mutants_x_none_network__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_none_network__mutmut)
def none_network(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_orig(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_1(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly(None, profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_2(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", None, run.inside.names())
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_3(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, None)
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_4(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly(profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_5(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", run.inside.names())
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_6(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, )
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_7(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("XXinterfacesXX", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_8(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("INTERFACES", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_9(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact(None, False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_10(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", None, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_11(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", False, None)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_12(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact(False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_13(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_14(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", False, )
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_15(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("XXown_namespaceXX", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_16(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("OWN_NAMESPACE", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_17(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", True, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_18(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(None, run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_19(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(j, None)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_20(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(run)
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_21(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(j, )
    j.attach(run.ip_addr.command, run.ip_addr.output)


def x_none_network__mutmut_22(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(None, run.ip_addr.output)


def x_none_network__mutmut_23(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, None)


def x_none_network__mutmut_24(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.output)


def x_none_network__mutmut_25(j: Judgement, run: DriverRun, profile: Profile) -> None:
    """A container with --network none has only a loopback.

    Documented: exactly {drivers.none_interfaces}; no veth is created
    Ko documented: 정확히 {drivers.none_interfaces}; veth는 생기지 않는다
    By hand: docker run --rm --network none busybox ip addr
    Title: --network none has only {drivers.none_interfaces} and makes no veth
    Ko: --network none 컨테이너에는 루프백만 있다.
    Ko title: --network none에는 {drivers.none_interfaces}만 있고 veth가 없다
    """
    j.exactly("interfaces", profile.drivers.none_interfaces, run.inside.names())
    j.fact("own_namespace", False, run.shares_engine_netns)
    _no_new_veth(j, run)
    j.attach(run.ip_addr.command, )

mutants_x_none_network__mutmut['_mutmut_orig'] = x_none_network__mutmut_orig # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_1'] = x_none_network__mutmut_1 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_2'] = x_none_network__mutmut_2 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_3'] = x_none_network__mutmut_3 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_4'] = x_none_network__mutmut_4 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_5'] = x_none_network__mutmut_5 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_6'] = x_none_network__mutmut_6 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_7'] = x_none_network__mutmut_7 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_8'] = x_none_network__mutmut_8 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_9'] = x_none_network__mutmut_9 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_10'] = x_none_network__mutmut_10 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_11'] = x_none_network__mutmut_11 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_12'] = x_none_network__mutmut_12 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_13'] = x_none_network__mutmut_13 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_14'] = x_none_network__mutmut_14 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_15'] = x_none_network__mutmut_15 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_16'] = x_none_network__mutmut_16 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_17'] = x_none_network__mutmut_17 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_18'] = x_none_network__mutmut_18 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_19'] = x_none_network__mutmut_19 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_20'] = x_none_network__mutmut_20 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_21'] = x_none_network__mutmut_21 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_22'] = x_none_network__mutmut_22 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_23'] = x_none_network__mutmut_23 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_24'] = x_none_network__mutmut_24 # type: ignore # mutmut generated
mutants_x_none_network__mutmut['x_none_network__mutmut_25'] = x_none_network__mutmut_25 # type: ignore # mutmut generated


claim("D-NONE-1", observes="none_driver")(none_network)
