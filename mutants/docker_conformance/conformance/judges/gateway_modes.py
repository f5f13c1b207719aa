"""D-GWM-*: the bridge network's gateway modes and trusted host interfaces."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement, Unobservable
from docker_conformance.conformance.judges.shared import acted, seen
from docker_conformance.conformance.model.gateway_modes import GatewayModes, ModeNetwork
from docker_conformance.conformance.model.reachability import Attempt

family(__name__, "GWM", "Gateway modes and trusted interfaces", "게이트웨이 모드와 신뢰하는 인터페이스")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__network__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__network__mutmut)
def _network(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_orig(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_1(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_2(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(None):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_3(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable(None, mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_4(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=None, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_5(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=None)
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_6(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable(mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_7(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_8(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, )
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_9(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("XXengine_predatesXX", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_10(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("ENGINE_PREDATES", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_11(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(None))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_12(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = None
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_13(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(None)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_14(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is not None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_15(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable(None, mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_16(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=None)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_17(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable(mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_18(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", )
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_19(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("XXno_network_was_made_in_thisXX", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_20(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("NO_NETWORK_WAS_MADE_IN_THIS", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=mode)
    return network


def x__network__mutmut_21(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact(None, "", network.refused, mode=mode)
    return network


def x__network__mutmut_22(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", None, network.refused, mode=mode)
    return network


def x__network__mutmut_23(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", None, mode=mode)
    return network


def x__network__mutmut_24(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, mode=None)
    return network


def x__network__mutmut_25(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("", network.refused, mode=mode)
    return network


def x__network__mutmut_26(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", network.refused, mode=mode)
    return network


def x__network__mutmut_27(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", mode=mode)
    return network


def x__network__mutmut_28(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "", network.refused, )
    return network


def x__network__mutmut_29(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("XXengine_makes_network_withXX", "", network.refused, mode=mode)
    return network


def x__network__mutmut_30(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("ENGINE_MAKES_NETWORK_WITH", "", network.refused, mode=mode)
    return network


def x__network__mutmut_31(j: Judgement, gwm: GatewayModes, profile: Profile, mode: str, key: str) -> ModeNetwork:
    """The mode's network, or why there is nothing to judge: the engine predates the mode (profile
    key `key` says whether it documents it; the change that says so named), or the observation did
    not make it."""
    if not profile.value(key):
        raise Unobservable("engine_predates", mode=mode, change=profile.changed.get(key))
    network = gwm.networks.get(mode)
    if network is None:
        raise Unobservable("no_network_was_made_in_this", mode=mode)
    j.fact("engine_makes_network_with", "XXXX", network.refused, mode=mode)
    return network

mutants_x__network__mutmut['_mutmut_orig'] = x__network__mutmut_orig # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_1'] = x__network__mutmut_1 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_2'] = x__network__mutmut_2 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_3'] = x__network__mutmut_3 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_4'] = x__network__mutmut_4 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_5'] = x__network__mutmut_5 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_6'] = x__network__mutmut_6 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_7'] = x__network__mutmut_7 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_8'] = x__network__mutmut_8 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_9'] = x__network__mutmut_9 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_10'] = x__network__mutmut_10 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_11'] = x__network__mutmut_11 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_12'] = x__network__mutmut_12 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_13'] = x__network__mutmut_13 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_14'] = x__network__mutmut_14 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_15'] = x__network__mutmut_15 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_16'] = x__network__mutmut_16 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_17'] = x__network__mutmut_17 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_18'] = x__network__mutmut_18 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_19'] = x__network__mutmut_19 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_20'] = x__network__mutmut_20 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_21'] = x__network__mutmut_21 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_22'] = x__network__mutmut_22 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_23'] = x__network__mutmut_23 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_24'] = x__network__mutmut_24 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_25'] = x__network__mutmut_25 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_26'] = x__network__mutmut_26 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_27'] = x__network__mutmut_27 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_28'] = x__network__mutmut_28 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_29'] = x__network__mutmut_29 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_30'] = x__network__mutmut_30 # type: ignore # mutmut generated
mutants_x__network__mutmut['x__network__mutmut_31'] = x__network__mutmut_31 # type: ignore # mutmut generated
mutants_x__sent__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__sent__mutmut)
def _sent(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None in attempts:
        raise Unobservable("this_observation_lacks_outside_tries")
    tried = [a for a in attempts if a is not None]
    for a in tried:
        if not a.sent:
            raise Unobservable("probe_could_not_act_outside_try", target=a.target, error=a.error)
    return tried


def x__sent__mutmut_orig(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None in attempts:
        raise Unobservable("this_observation_lacks_outside_tries")
    tried = [a for a in attempts if a is not None]
    for a in tried:
        if not a.sent:
            raise Unobservable("probe_could_not_act_outside_try", target=a.target, error=a.error)
    return tried


def x__sent__mutmut_1(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None not in attempts:
        raise Unobservable("this_observation_lacks_outside_tries")
    tried = [a for a in attempts if a is not None]
    for a in tried:
        if not a.sent:
            raise Unobservable("probe_could_not_act_outside_try", target=a.target, error=a.error)
    return tried


def x__sent__mutmut_2(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None in attempts:
        raise Unobservable(None)
    tried = [a for a in attempts if a is not None]
    for a in tried:
        if not a.sent:
            raise Unobservable("probe_could_not_act_outside_try", target=a.target, error=a.error)
    return tried


def x__sent__mutmut_3(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None in attempts:
        raise Unobservable("XXthis_observation_lacks_outside_triesXX")
    tried = [a for a in attempts if a is not None]
    for a in tried:
        if not a.sent:
            raise Unobservable("probe_could_not_act_outside_try", target=a.target, error=a.error)
    return tried


def x__sent__mutmut_4(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None in attempts:
        raise Unobservable("THIS_OBSERVATION_LACKS_OUTSIDE_TRIES")
    tried = [a for a in attempts if a is not None]
    for a in tried:
        if not a.sent:
            raise Unobservable("probe_could_not_act_outside_try", target=a.target, error=a.error)
    return tried


def x__sent__mutmut_5(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None in attempts:
        raise Unobservable("this_observation_lacks_outside_tries")
    tried = None
    for a in tried:
        if not a.sent:
            raise Unobservable("probe_could_not_act_outside_try", target=a.target, error=a.error)
    return tried


def x__sent__mutmut_6(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None in attempts:
        raise Unobservable("this_observation_lacks_outside_tries")
    tried = [a for a in attempts if a is None]
    for a in tried:
        if not a.sent:
            raise Unobservable("probe_could_not_act_outside_try", target=a.target, error=a.error)
    return tried


def x__sent__mutmut_7(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None in attempts:
        raise Unobservable("this_observation_lacks_outside_tries")
    tried = [a for a in attempts if a is not None]
    for a in tried:
        if a.sent:
            raise Unobservable("probe_could_not_act_outside_try", target=a.target, error=a.error)
    return tried


def x__sent__mutmut_8(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None in attempts:
        raise Unobservable("this_observation_lacks_outside_tries")
    tried = [a for a in attempts if a is not None]
    for a in tried:
        if not a.sent:
            raise Unobservable(None, target=a.target, error=a.error)
    return tried


def x__sent__mutmut_9(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None in attempts:
        raise Unobservable("this_observation_lacks_outside_tries")
    tried = [a for a in attempts if a is not None]
    for a in tried:
        if not a.sent:
            raise Unobservable("probe_could_not_act_outside_try", target=None, error=a.error)
    return tried


def x__sent__mutmut_10(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None in attempts:
        raise Unobservable("this_observation_lacks_outside_tries")
    tried = [a for a in attempts if a is not None]
    for a in tried:
        if not a.sent:
            raise Unobservable("probe_could_not_act_outside_try", target=a.target, error=None)
    return tried


def x__sent__mutmut_11(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None in attempts:
        raise Unobservable("this_observation_lacks_outside_tries")
    tried = [a for a in attempts if a is not None]
    for a in tried:
        if not a.sent:
            raise Unobservable(target=a.target, error=a.error)
    return tried


def x__sent__mutmut_12(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None in attempts:
        raise Unobservable("this_observation_lacks_outside_tries")
    tried = [a for a in attempts if a is not None]
    for a in tried:
        if not a.sent:
            raise Unobservable("probe_could_not_act_outside_try", error=a.error)
    return tried


def x__sent__mutmut_13(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None in attempts:
        raise Unobservable("this_observation_lacks_outside_tries")
    tried = [a for a in attempts if a is not None]
    for a in tried:
        if not a.sent:
            raise Unobservable("probe_could_not_act_outside_try", target=a.target, )
    return tried


def x__sent__mutmut_14(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None in attempts:
        raise Unobservable("this_observation_lacks_outside_tries")
    tried = [a for a in attempts if a is not None]
    for a in tried:
        if not a.sent:
            raise Unobservable("XXprobe_could_not_act_outside_tryXX", target=a.target, error=a.error)
    return tried


def x__sent__mutmut_15(*attempts: Attempt | None) -> list[Attempt]:
    """The outside's tries; one that could not even be sent says nothing of the network."""
    if None in attempts:
        raise Unobservable("this_observation_lacks_outside_tries")
    tried = [a for a in attempts if a is not None]
    for a in tried:
        if not a.sent:
            raise Unobservable("PROBE_COULD_NOT_ACT_OUTSIDE_TRY", target=a.target, error=a.error)
    return tried

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
mutants_x__sent__mutmut['x__sent__mutmut_10'] = x__sent__mutmut_10 # type: ignore # mutmut generated
mutants_x__sent__mutmut['x__sent__mutmut_11'] = x__sent__mutmut_11 # type: ignore # mutmut generated
mutants_x__sent__mutmut['x__sent__mutmut_12'] = x__sent__mutmut_12 # type: ignore # mutmut generated
mutants_x__sent__mutmut['x__sent__mutmut_13'] = x__sent__mutmut_13 # type: ignore # mutmut generated
mutants_x__sent__mutmut['x__sent__mutmut_14'] = x__sent__mutmut_14 # type: ignore # mutmut generated
mutants_x__sent__mutmut['x__sent__mutmut_15'] = x__sent__mutmut_15 # type: ignore # mutmut generated
mutants_x__ports__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__ports__mutmut)
def _ports(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("outside_at_container_address_8080_published", "reached", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_orig(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("outside_at_container_address_8080_published", "reached", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_1(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = None
    j.fact("outside_at_container_address_8080_published", "reached", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_2(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(None, network.unpublished)
    j.fact("outside_at_container_address_8080_published", "reached", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_3(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, None)
    j.fact("outside_at_container_address_8080_published", "reached", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_4(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.unpublished)
    j.fact("outside_at_container_address_8080_published", "reached", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_5(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, )
    j.fact("outside_at_container_address_8080_published", "reached", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_6(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact(None, "reached", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_7(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("outside_at_container_address_8080_published", None, published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_8(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("outside_at_container_address_8080_published", "reached", None)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_9(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("reached", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_10(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("outside_at_container_address_8080_published", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_11(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("outside_at_container_address_8080_published", "reached", )  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_12(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("XXoutside_at_container_address_8080_publishedXX", "reached", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_13(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("OUTSIDE_AT_CONTAINER_ADDRESS_8080_PUBLISHED", "reached", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_14(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("outside_at_container_address_8080_published", "XXreachedXX", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_15(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("outside_at_container_address_8080_published", "REACHED", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_16(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("outside_at_container_address_8080_published", "reached", published.word)  # fmt: skip
    j.fact(None, unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_17(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("outside_at_container_address_8080_published", "reached", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", None, closed.word)  # fmt: skip


def x__ports__mutmut_18(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("outside_at_container_address_8080_published", "reached", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, None)  # fmt: skip


def x__ports__mutmut_19(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("outside_at_container_address_8080_published", "reached", published.word)  # fmt: skip
    j.fact(unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_20(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("outside_at_container_address_8080_published", "reached", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", closed.word)  # fmt: skip


def x__ports__mutmut_21(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("outside_at_container_address_8080_published", "reached", published.word)  # fmt: skip
    j.fact("outside_at_container_address_8081_unpublished", unpublished, )  # fmt: skip


def x__ports__mutmut_22(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("outside_at_container_address_8080_published", "reached", published.word)  # fmt: skip
    j.fact("XXoutside_at_container_address_8081_unpublishedXX", unpublished, closed.word)  # fmt: skip


def x__ports__mutmut_23(j: Judgement, network: ModeNetwork, *, unpublished: str) -> None:
    """The outside's tries at the container's published port 8080 (reached, in every mode that
    publishes) and its unpublished 8081 (`unpublished`: what the mode documents)."""
    published, closed = _sent(network.published, network.unpublished)
    j.fact("outside_at_container_address_8080_published", "reached", published.word)  # fmt: skip
    j.fact("OUTSIDE_AT_CONTAINER_ADDRESS_8081_UNPUBLISHED", unpublished, closed.word)  # fmt: skip

mutants_x__ports__mutmut['_mutmut_orig'] = x__ports__mutmut_orig # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_1'] = x__ports__mutmut_1 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_2'] = x__ports__mutmut_2 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_3'] = x__ports__mutmut_3 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_4'] = x__ports__mutmut_4 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_5'] = x__ports__mutmut_5 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_6'] = x__ports__mutmut_6 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_7'] = x__ports__mutmut_7 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_8'] = x__ports__mutmut_8 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_9'] = x__ports__mutmut_9 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_10'] = x__ports__mutmut_10 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_11'] = x__ports__mutmut_11 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_12'] = x__ports__mutmut_12 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_13'] = x__ports__mutmut_13 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_14'] = x__ports__mutmut_14 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_15'] = x__ports__mutmut_15 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_16'] = x__ports__mutmut_16 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_17'] = x__ports__mutmut_17 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_18'] = x__ports__mutmut_18 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_19'] = x__ports__mutmut_19 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_20'] = x__ports__mutmut_20 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_21'] = x__ports__mutmut_21 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_22'] = x__ports__mutmut_22 # type: ignore # mutmut generated
mutants_x__ports__mutmut['x__ports__mutmut_23'] = x__ports__mutmut_23 # type: ignore # mutmut generated
mutants_x__tries__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__tries__mutmut)
def _tries(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = (network.published, network.unpublished, network.untrusted, network.host_port)
    j.attach("the tries", "\n".join(a.line() for a in tries if a))
    j.attach(
        "the outsides",
        f"{gwm.outside} on {gwm.outside_link}, routed through this host's {gwm.host_address}; "
        f"{gwm.second_outside} on a link of its own; network options {network.options}",
    )


def x__tries__mutmut_orig(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = (network.published, network.unpublished, network.untrusted, network.host_port)
    j.attach("the tries", "\n".join(a.line() for a in tries if a))
    j.attach(
        "the outsides",
        f"{gwm.outside} on {gwm.outside_link}, routed through this host's {gwm.host_address}; "
        f"{gwm.second_outside} on a link of its own; network options {network.options}",
    )


def x__tries__mutmut_1(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = None
    j.attach("the tries", "\n".join(a.line() for a in tries if a))
    j.attach(
        "the outsides",
        f"{gwm.outside} on {gwm.outside_link}, routed through this host's {gwm.host_address}; "
        f"{gwm.second_outside} on a link of its own; network options {network.options}",
    )


def x__tries__mutmut_2(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = (network.published, network.unpublished, network.untrusted, network.host_port)
    j.attach(None, "\n".join(a.line() for a in tries if a))
    j.attach(
        "the outsides",
        f"{gwm.outside} on {gwm.outside_link}, routed through this host's {gwm.host_address}; "
        f"{gwm.second_outside} on a link of its own; network options {network.options}",
    )


def x__tries__mutmut_3(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = (network.published, network.unpublished, network.untrusted, network.host_port)
    j.attach("the tries", None)
    j.attach(
        "the outsides",
        f"{gwm.outside} on {gwm.outside_link}, routed through this host's {gwm.host_address}; "
        f"{gwm.second_outside} on a link of its own; network options {network.options}",
    )


def x__tries__mutmut_4(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = (network.published, network.unpublished, network.untrusted, network.host_port)
    j.attach("\n".join(a.line() for a in tries if a))
    j.attach(
        "the outsides",
        f"{gwm.outside} on {gwm.outside_link}, routed through this host's {gwm.host_address}; "
        f"{gwm.second_outside} on a link of its own; network options {network.options}",
    )


def x__tries__mutmut_5(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = (network.published, network.unpublished, network.untrusted, network.host_port)
    j.attach("the tries", )
    j.attach(
        "the outsides",
        f"{gwm.outside} on {gwm.outside_link}, routed through this host's {gwm.host_address}; "
        f"{gwm.second_outside} on a link of its own; network options {network.options}",
    )


def x__tries__mutmut_6(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = (network.published, network.unpublished, network.untrusted, network.host_port)
    j.attach("XXthe triesXX", "\n".join(a.line() for a in tries if a))
    j.attach(
        "the outsides",
        f"{gwm.outside} on {gwm.outside_link}, routed through this host's {gwm.host_address}; "
        f"{gwm.second_outside} on a link of its own; network options {network.options}",
    )


def x__tries__mutmut_7(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = (network.published, network.unpublished, network.untrusted, network.host_port)
    j.attach("THE TRIES", "\n".join(a.line() for a in tries if a))
    j.attach(
        "the outsides",
        f"{gwm.outside} on {gwm.outside_link}, routed through this host's {gwm.host_address}; "
        f"{gwm.second_outside} on a link of its own; network options {network.options}",
    )


def x__tries__mutmut_8(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = (network.published, network.unpublished, network.untrusted, network.host_port)
    j.attach("the tries", "\n".join(None))
    j.attach(
        "the outsides",
        f"{gwm.outside} on {gwm.outside_link}, routed through this host's {gwm.host_address}; "
        f"{gwm.second_outside} on a link of its own; network options {network.options}",
    )


def x__tries__mutmut_9(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = (network.published, network.unpublished, network.untrusted, network.host_port)
    j.attach("the tries", "XX\nXX".join(a.line() for a in tries if a))
    j.attach(
        "the outsides",
        f"{gwm.outside} on {gwm.outside_link}, routed through this host's {gwm.host_address}; "
        f"{gwm.second_outside} on a link of its own; network options {network.options}",
    )


def x__tries__mutmut_10(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = (network.published, network.unpublished, network.untrusted, network.host_port)
    j.attach("the tries", "\n".join(a.line() for a in tries if a))
    j.attach(
        None,
        f"{gwm.outside} on {gwm.outside_link}, routed through this host's {gwm.host_address}; "
        f"{gwm.second_outside} on a link of its own; network options {network.options}",
    )


def x__tries__mutmut_11(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = (network.published, network.unpublished, network.untrusted, network.host_port)
    j.attach("the tries", "\n".join(a.line() for a in tries if a))
    j.attach(
        "the outsides",
        None,
    )


def x__tries__mutmut_12(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = (network.published, network.unpublished, network.untrusted, network.host_port)
    j.attach("the tries", "\n".join(a.line() for a in tries if a))
    j.attach(
        f"{gwm.outside} on {gwm.outside_link}, routed through this host's {gwm.host_address}; "
        f"{gwm.second_outside} on a link of its own; network options {network.options}",
    )


def x__tries__mutmut_13(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = (network.published, network.unpublished, network.untrusted, network.host_port)
    j.attach("the tries", "\n".join(a.line() for a in tries if a))
    j.attach(
        "the outsides",
        )


def x__tries__mutmut_14(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = (network.published, network.unpublished, network.untrusted, network.host_port)
    j.attach("the tries", "\n".join(a.line() for a in tries if a))
    j.attach(
        "XXthe outsidesXX",
        f"{gwm.outside} on {gwm.outside_link}, routed through this host's {gwm.host_address}; "
        f"{gwm.second_outside} on a link of its own; network options {network.options}",
    )


def x__tries__mutmut_15(j: Judgement, network: ModeNetwork, gwm: GatewayModes) -> None:
    tries = (network.published, network.unpublished, network.untrusted, network.host_port)
    j.attach("the tries", "\n".join(a.line() for a in tries if a))
    j.attach(
        "THE OUTSIDES",
        f"{gwm.outside} on {gwm.outside_link}, routed through this host's {gwm.host_address}; "
        f"{gwm.second_outside} on a link of its own; network options {network.options}",
    )

mutants_x__tries__mutmut['_mutmut_orig'] = x__tries__mutmut_orig # type: ignore # mutmut generated
mutants_x__tries__mutmut['x__tries__mutmut_1'] = x__tries__mutmut_1 # type: ignore # mutmut generated
mutants_x__tries__mutmut['x__tries__mutmut_2'] = x__tries__mutmut_2 # type: ignore # mutmut generated
mutants_x__tries__mutmut['x__tries__mutmut_3'] = x__tries__mutmut_3 # type: ignore # mutmut generated
mutants_x__tries__mutmut['x__tries__mutmut_4'] = x__tries__mutmut_4 # type: ignore # mutmut generated
mutants_x__tries__mutmut['x__tries__mutmut_5'] = x__tries__mutmut_5 # type: ignore # mutmut generated
mutants_x__tries__mutmut['x__tries__mutmut_6'] = x__tries__mutmut_6 # type: ignore # mutmut generated
mutants_x__tries__mutmut['x__tries__mutmut_7'] = x__tries__mutmut_7 # type: ignore # mutmut generated
mutants_x__tries__mutmut['x__tries__mutmut_8'] = x__tries__mutmut_8 # type: ignore # mutmut generated
mutants_x__tries__mutmut['x__tries__mutmut_9'] = x__tries__mutmut_9 # type: ignore # mutmut generated
mutants_x__tries__mutmut['x__tries__mutmut_10'] = x__tries__mutmut_10 # type: ignore # mutmut generated
mutants_x__tries__mutmut['x__tries__mutmut_11'] = x__tries__mutmut_11 # type: ignore # mutmut generated
mutants_x__tries__mutmut['x__tries__mutmut_12'] = x__tries__mutmut_12 # type: ignore # mutmut generated
mutants_x__tries__mutmut['x__tries__mutmut_13'] = x__tries__mutmut_13 # type: ignore # mutmut generated
mutants_x__tries__mutmut['x__tries__mutmut_14'] = x__tries__mutmut_14 # type: ignore # mutmut generated
mutants_x__tries__mutmut['x__tries__mutmut_15'] = x__tries__mutmut_15 # type: ignore # mutmut generated
mutants_x_routed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_routed__mutmut)
def routed(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_orig(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_1(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = None
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_2(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(None, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_3(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, None, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_4(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, None, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_5(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, None, "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_6(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", None)
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_7(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_8(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_9(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_10(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_11(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", )
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_12(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "XXroutedXX", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_13(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "ROUTED", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_14(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "XXgateway_modes.routedXX")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_15(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "GATEWAY_MODES.ROUTED")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_16(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(None, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_17(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, None, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_18(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished=None)
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_19(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_20(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_21(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, )
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_22(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="XXblockedXX")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_23(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="BLOCKED")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_24(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact(None, network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_25(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", None, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_26(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, None)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_27(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact(network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_28(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_29(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, )
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_30(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("XXaddress_outside_saw_container_come_fromXX", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_31(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("ADDRESS_OUTSIDE_SAW_CONTAINER_COME_FROM", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_32(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_33(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            None,
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_34(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            None,
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_35(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            None,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_36(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=None,
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_37(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_38(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_39(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_40(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_41(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "XXoutside_at_host_address_hostport_inspectXX",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_42(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "OUTSIDE_AT_HOST_ADDRESS_HOSTPORT_INSPECT",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_43(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "XXblockedXX",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_44(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "BLOCKED",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_45(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(None)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_46(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[1].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_47(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(None, 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_48(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", None)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_49(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_50(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", )[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_51(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).split(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_52(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen(None, network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_53(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", None).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_54(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen(network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_55(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", ).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_56(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("XXthe host port's targetXX", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_57(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("THE HOST PORT'S TARGET", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_58(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit("XX:XX", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_59(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 2)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_60(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[+1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_61(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-2],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_62(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach(None, str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_63(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", None)
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_64(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach(str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_65(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", )
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_66(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("XXNetworkSettings.PortsXX", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_67(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("networksettings.ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_68(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NETWORKSETTINGS.PORTS", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_69(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(None))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_70(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(None, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_71(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, None)
    _tries(j, network, gwm)


def x_routed__mutmut_72(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, gwm)


def x_routed__mutmut_73(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, )
    _tries(j, network, gwm)


def x_routed__mutmut_74(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(None, network, gwm)


def x_routed__mutmut_75(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, None, gwm)


def x_routed__mutmut_76(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, None)


def x_routed__mutmut_77(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(network, gwm)


def x_routed__mutmut_78(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, gwm)


def x_routed__mutmut_79(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `routed` network, a published port is reached at the container's own address, with no NAT
    either way, and nothing unpublished is reached.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=routed: another host reaches
        <container address>:8080 of -p 8080 by direct routing; an unpublished port gives no answer; the
        container's traffic reaches that host with the container's own address; no host port is opened
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=routed: 다른 호스트가 -p 8080인 <컨테이너
        주소>:8080에 직접 라우팅으로 닿는다; 공개하지 않은 포트는 응답하지 않는다; 컨테이너의 트래픽은
        컨테이너 자신의 주소로 그 호스트에 닿는다; 호스트 포트는 열리지 않는다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed --subnet S rnet;
        docker run -d --network rnet -p 8080 busybox nc -ll -p 8080 -e echo hi; docker port <c>;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080
    Title: A routed network: published ports at the container's address, no NAT
    Ko: routed 네트워크에서는 공개한 포트에 컨테이너 자신의 주소로 닿고, 어느 쪽으로도 NAT가 없으며,
        공개하지 않은 포트에는 닿지 않는다.
    Ko title: routed 네트워크: 컨테이너 주소로 공개한 포트에 닿고, NAT는 없다
    """
    network = _network(j, gwm, profile, "routed", "gateway_modes.routed")
    if network.refused:
        return
    _ports(j, network, unpublished="blocked")
    j.fact("address_outside_saw_container_come_from", network.address, network.egress_peer)
    if network.host_port is not None:  # inspect names a host port: it must not be open
        j.fact(
            "outside_at_host_address_hostport_inspect",
            "blocked",
            _sent(network.host_port)[0].word,
            value=seen("the host port's target", network.host_port.target).rsplit(":", 1)[-1],
        )
    j.attach("NetworkSettings.Ports", str(network.ports))
    if network.egress:
        j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    _tries(j, network, )

mutants_x_routed__mutmut['_mutmut_orig'] = x_routed__mutmut_orig # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_1'] = x_routed__mutmut_1 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_2'] = x_routed__mutmut_2 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_3'] = x_routed__mutmut_3 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_4'] = x_routed__mutmut_4 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_5'] = x_routed__mutmut_5 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_6'] = x_routed__mutmut_6 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_7'] = x_routed__mutmut_7 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_8'] = x_routed__mutmut_8 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_9'] = x_routed__mutmut_9 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_10'] = x_routed__mutmut_10 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_11'] = x_routed__mutmut_11 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_12'] = x_routed__mutmut_12 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_13'] = x_routed__mutmut_13 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_14'] = x_routed__mutmut_14 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_15'] = x_routed__mutmut_15 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_16'] = x_routed__mutmut_16 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_17'] = x_routed__mutmut_17 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_18'] = x_routed__mutmut_18 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_19'] = x_routed__mutmut_19 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_20'] = x_routed__mutmut_20 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_21'] = x_routed__mutmut_21 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_22'] = x_routed__mutmut_22 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_23'] = x_routed__mutmut_23 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_24'] = x_routed__mutmut_24 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_25'] = x_routed__mutmut_25 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_26'] = x_routed__mutmut_26 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_27'] = x_routed__mutmut_27 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_28'] = x_routed__mutmut_28 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_29'] = x_routed__mutmut_29 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_30'] = x_routed__mutmut_30 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_31'] = x_routed__mutmut_31 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_32'] = x_routed__mutmut_32 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_33'] = x_routed__mutmut_33 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_34'] = x_routed__mutmut_34 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_35'] = x_routed__mutmut_35 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_36'] = x_routed__mutmut_36 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_37'] = x_routed__mutmut_37 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_38'] = x_routed__mutmut_38 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_39'] = x_routed__mutmut_39 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_40'] = x_routed__mutmut_40 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_41'] = x_routed__mutmut_41 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_42'] = x_routed__mutmut_42 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_43'] = x_routed__mutmut_43 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_44'] = x_routed__mutmut_44 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_45'] = x_routed__mutmut_45 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_46'] = x_routed__mutmut_46 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_47'] = x_routed__mutmut_47 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_48'] = x_routed__mutmut_48 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_49'] = x_routed__mutmut_49 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_50'] = x_routed__mutmut_50 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_51'] = x_routed__mutmut_51 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_52'] = x_routed__mutmut_52 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_53'] = x_routed__mutmut_53 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_54'] = x_routed__mutmut_54 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_55'] = x_routed__mutmut_55 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_56'] = x_routed__mutmut_56 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_57'] = x_routed__mutmut_57 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_58'] = x_routed__mutmut_58 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_59'] = x_routed__mutmut_59 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_60'] = x_routed__mutmut_60 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_61'] = x_routed__mutmut_61 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_62'] = x_routed__mutmut_62 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_63'] = x_routed__mutmut_63 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_64'] = x_routed__mutmut_64 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_65'] = x_routed__mutmut_65 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_66'] = x_routed__mutmut_66 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_67'] = x_routed__mutmut_67 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_68'] = x_routed__mutmut_68 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_69'] = x_routed__mutmut_69 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_70'] = x_routed__mutmut_70 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_71'] = x_routed__mutmut_71 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_72'] = x_routed__mutmut_72 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_73'] = x_routed__mutmut_73 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_74'] = x_routed__mutmut_74 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_75'] = x_routed__mutmut_75 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_76'] = x_routed__mutmut_76 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_77'] = x_routed__mutmut_77 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_78'] = x_routed__mutmut_78 # type: ignore # mutmut generated
mutants_x_routed__mutmut['x_routed__mutmut_79'] = x_routed__mutmut_79 # type: ignore # mutmut generated


claim("D-GWM-1", observes="gateway_modes")(routed)
mutants_x_nat_unprotected__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_nat_unprotected__mutmut)
def nat_unprotected(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_orig(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_1(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = None
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_2(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(None, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_3(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, None, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_4(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, None, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_5(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, None, "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_6(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", None)
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_7(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_8(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_9(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_10(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_11(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", )
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_12(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "XXnat-unprotectedXX", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_13(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "NAT-UNPROTECTED", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_14(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "XXgateway_modes.nat_unprotectedXX")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_15(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "GATEWAY_MODES.NAT_UNPROTECTED")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_16(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(None, network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_17(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, None, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_18(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished=None)
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_19(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(network, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_20(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, unpublished="reached")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_21(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, )
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_22(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="XXreachedXX")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_23(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="REACHED")
    _tries(j, network, gwm)


def x_nat_unprotected__mutmut_24(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(None, network, gwm)


def x_nat_unprotected__mutmut_25(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, None, gwm)


def x_nat_unprotected__mutmut_26(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, None)


def x_nat_unprotected__mutmut_27(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(network, gwm)


def x_nat_unprotected__mutmut_28(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, gwm)


def x_nat_unprotected__mutmut_29(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """In a `nat-unprotected` network, unpublished container ports are reachable by direct routing.

    Documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: another host reaches an
        unpublished port at the container's address, as Docker's legacy default did; no port filtering
    Ko documented: com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected: 다른 호스트가 컨테이너
        주소의 공개하지 않은 포트에 닿는다 (Docker의 예전 기본값처럼); 포트 거르기가 없다
    By hand: docker network create -o com.docker.network.bridge.gateway_mode_ipv4=nat-unprotected unet;
        docker run -d --network unet busybox nc -ll -p 8081 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8081
    Title: A nat-unprotected network: every port reachable by direct routing
    Ko: nat-unprotected 네트워크에서는 공개하지 않은 컨테이너 포트에도 직접 라우팅으로 닿는다.
    Ko title: nat-unprotected 네트워크: 모든 포트에 직접 라우팅으로 닿는다
    """
    network = _network(j, gwm, profile, "nat-unprotected", "gateway_modes.nat_unprotected")
    if network.refused:
        return
    _ports(j, network, unpublished="reached")
    _tries(j, network, )

mutants_x_nat_unprotected__mutmut['_mutmut_orig'] = x_nat_unprotected__mutmut_orig # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_1'] = x_nat_unprotected__mutmut_1 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_2'] = x_nat_unprotected__mutmut_2 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_3'] = x_nat_unprotected__mutmut_3 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_4'] = x_nat_unprotected__mutmut_4 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_5'] = x_nat_unprotected__mutmut_5 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_6'] = x_nat_unprotected__mutmut_6 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_7'] = x_nat_unprotected__mutmut_7 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_8'] = x_nat_unprotected__mutmut_8 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_9'] = x_nat_unprotected__mutmut_9 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_10'] = x_nat_unprotected__mutmut_10 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_11'] = x_nat_unprotected__mutmut_11 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_12'] = x_nat_unprotected__mutmut_12 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_13'] = x_nat_unprotected__mutmut_13 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_14'] = x_nat_unprotected__mutmut_14 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_15'] = x_nat_unprotected__mutmut_15 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_16'] = x_nat_unprotected__mutmut_16 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_17'] = x_nat_unprotected__mutmut_17 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_18'] = x_nat_unprotected__mutmut_18 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_19'] = x_nat_unprotected__mutmut_19 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_20'] = x_nat_unprotected__mutmut_20 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_21'] = x_nat_unprotected__mutmut_21 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_22'] = x_nat_unprotected__mutmut_22 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_23'] = x_nat_unprotected__mutmut_23 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_24'] = x_nat_unprotected__mutmut_24 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_25'] = x_nat_unprotected__mutmut_25 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_26'] = x_nat_unprotected__mutmut_26 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_27'] = x_nat_unprotected__mutmut_27 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_28'] = x_nat_unprotected__mutmut_28 # type: ignore # mutmut generated
mutants_x_nat_unprotected__mutmut['x_nat_unprotected__mutmut_29'] = x_nat_unprotected__mutmut_29 # type: ignore # mutmut generated


claim("D-GWM-2", observes="gateway_modes")(nat_unprotected)
mutants_x_isolated__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_isolated__mutmut)
def isolated(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_orig(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_1(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = None
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_2(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(None, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_3(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, None, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_4(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, None, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_5(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, None, "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_6(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", None)
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_7(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_8(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_9(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_10(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_11(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", )
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_12(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "XXisolatedXX", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_13(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "ISOLATED", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_14(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "XXgateway_modes.isolatedXX")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_15(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "GATEWAY_MODES.ISOLATED")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_16(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        None, (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_17(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", None, network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_18(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), None, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_19(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=None
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_20(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_21(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_22(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_23(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_24(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "XXipv4_addresses_2XX", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_25(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "IPV4_ADDRESSES_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_26(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen(None, network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_27(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", None)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_28(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen(network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_29(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", )
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_30(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("XXthe network's bridgeXX", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_31(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("THE NETWORK'S BRIDGE", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_32(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None and network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_33(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None and network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_34(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is not None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_35(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is not None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_36(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is not None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_37(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable(None)  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_38(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("XXthis_observation_has_no_tries_insideXX")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_39(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("THIS_OBSERVATION_HAS_NO_TRIES_INSIDE")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_40(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(None)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_41(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact(None, network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_42(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", None, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_43(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, None)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_44(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact(network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_45(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_46(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, )
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_47(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("XXg1_g2_repliesXX", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_48(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("G1_G2_REPLIES", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_49(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = None
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_50(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next(None, None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_51(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next(None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_52(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), )
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_53(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst != "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_54(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "XXdefaultXX"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_55(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "DEFAULT"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_56(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact(None, None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_57(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, None)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_58(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact(None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_59(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_60(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, )
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_61(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("XXg1_default_routeXX", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_62(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("G1_DEFAULT_ROUTE", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_63(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact(None, None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_64(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, None, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_65(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=None)
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_66(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact(None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_67(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_68(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_69(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, )
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_70(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("XXoutside_saw_connectionXX", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_71(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("OUTSIDE_SAW_CONNECTION", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_72(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen(None, gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_73(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", None))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_74(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen(gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_75(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", ))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_76(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("XXthe outsideXX", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_77(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("THE OUTSIDE", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_78(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(None, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_79(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, None)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_80(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_81(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, )
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_82(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(None, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_83(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, None)
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_84(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_85(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, )
    j.attach("g1 namespace (netlink)", network.inside.dump())


def x_isolated__mutmut_86(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach(None, network.inside.dump())


def x_isolated__mutmut_87(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", None)


def x_isolated__mutmut_88(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach(network.inside.dump())


def x_isolated__mutmut_89(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("g1 namespace (netlink)", )


def x_isolated__mutmut_90(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("XXg1 namespace (netlink)XX", network.inside.dump())


def x_isolated__mutmut_91(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """An `--internal` network in `isolated` mode gives its bridge no address.

    Documented: --internal with com.docker.network.bridge.gateway_mode_ipv4=isolated: the bridge has no
        IPv4 address; its containers reach each other and nothing else (no default route, nothing
        arrives at an outside)
    Ko documented: --internal과 com.docker.network.bridge.gateway_mode_ipv4=isolated: 브리지에 IPv4 주소가
        없다; 그 컨테이너들은 서로에게만 닿는다 (기본 경로 없음, 바깥쪽에 아무것도 오지 않음)
    By hand: docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated inet;
        ip addr show br-<id>; docker exec g1 ping -c 1 <g2>; docker exec g1 route -n
    Title: An isolated internal network: no address on its bridge
    Ko: isolated 모드의 --internal 네트워크는 브리지에 주소를 주지 않는다.
    Ko title: isolated internal 네트워크: 브리지에 주소가 없다
    """
    network = _network(j, gwm, profile, "isolated", "gateway_modes.isolated")
    if network.refused:
        return
    j.fact(
        "ipv4_addresses_2", (), network.bridge_addresses, bridge=seen("the network's bridge", network.bridge)
    )
    if network.peer is None or network.inside is None or network.egress is None:
        raise Unobservable("this_observation_has_no_tries_inside")  # fmt: skip
    acted(network.peer)
    j.fact("g1_g2_replies", network.peer.transmitted, network.peer.received)
    gateway = next((r.gateway for r in network.inside.routes if r.dst == "default"), None)
    j.fact("g1_default_route", None, gateway)
    j.fact("outside_saw_connection", None, network.egress_peer, outside=seen("the outside", gwm.outside))
    j.attach(network.peer.exec.command, network.peer.exec.output)
    j.attach(network.egress.command, f"exit {network.egress.exit_code}\n{network.egress.output}")
    j.attach("G1 NAMESPACE (NETLINK)", network.inside.dump())

mutants_x_isolated__mutmut['_mutmut_orig'] = x_isolated__mutmut_orig # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_1'] = x_isolated__mutmut_1 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_2'] = x_isolated__mutmut_2 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_3'] = x_isolated__mutmut_3 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_4'] = x_isolated__mutmut_4 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_5'] = x_isolated__mutmut_5 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_6'] = x_isolated__mutmut_6 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_7'] = x_isolated__mutmut_7 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_8'] = x_isolated__mutmut_8 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_9'] = x_isolated__mutmut_9 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_10'] = x_isolated__mutmut_10 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_11'] = x_isolated__mutmut_11 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_12'] = x_isolated__mutmut_12 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_13'] = x_isolated__mutmut_13 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_14'] = x_isolated__mutmut_14 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_15'] = x_isolated__mutmut_15 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_16'] = x_isolated__mutmut_16 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_17'] = x_isolated__mutmut_17 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_18'] = x_isolated__mutmut_18 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_19'] = x_isolated__mutmut_19 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_20'] = x_isolated__mutmut_20 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_21'] = x_isolated__mutmut_21 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_22'] = x_isolated__mutmut_22 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_23'] = x_isolated__mutmut_23 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_24'] = x_isolated__mutmut_24 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_25'] = x_isolated__mutmut_25 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_26'] = x_isolated__mutmut_26 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_27'] = x_isolated__mutmut_27 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_28'] = x_isolated__mutmut_28 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_29'] = x_isolated__mutmut_29 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_30'] = x_isolated__mutmut_30 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_31'] = x_isolated__mutmut_31 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_32'] = x_isolated__mutmut_32 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_33'] = x_isolated__mutmut_33 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_34'] = x_isolated__mutmut_34 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_35'] = x_isolated__mutmut_35 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_36'] = x_isolated__mutmut_36 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_37'] = x_isolated__mutmut_37 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_38'] = x_isolated__mutmut_38 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_39'] = x_isolated__mutmut_39 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_40'] = x_isolated__mutmut_40 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_41'] = x_isolated__mutmut_41 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_42'] = x_isolated__mutmut_42 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_43'] = x_isolated__mutmut_43 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_44'] = x_isolated__mutmut_44 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_45'] = x_isolated__mutmut_45 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_46'] = x_isolated__mutmut_46 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_47'] = x_isolated__mutmut_47 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_48'] = x_isolated__mutmut_48 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_49'] = x_isolated__mutmut_49 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_50'] = x_isolated__mutmut_50 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_51'] = x_isolated__mutmut_51 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_52'] = x_isolated__mutmut_52 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_53'] = x_isolated__mutmut_53 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_54'] = x_isolated__mutmut_54 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_55'] = x_isolated__mutmut_55 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_56'] = x_isolated__mutmut_56 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_57'] = x_isolated__mutmut_57 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_58'] = x_isolated__mutmut_58 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_59'] = x_isolated__mutmut_59 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_60'] = x_isolated__mutmut_60 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_61'] = x_isolated__mutmut_61 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_62'] = x_isolated__mutmut_62 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_63'] = x_isolated__mutmut_63 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_64'] = x_isolated__mutmut_64 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_65'] = x_isolated__mutmut_65 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_66'] = x_isolated__mutmut_66 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_67'] = x_isolated__mutmut_67 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_68'] = x_isolated__mutmut_68 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_69'] = x_isolated__mutmut_69 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_70'] = x_isolated__mutmut_70 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_71'] = x_isolated__mutmut_71 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_72'] = x_isolated__mutmut_72 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_73'] = x_isolated__mutmut_73 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_74'] = x_isolated__mutmut_74 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_75'] = x_isolated__mutmut_75 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_76'] = x_isolated__mutmut_76 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_77'] = x_isolated__mutmut_77 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_78'] = x_isolated__mutmut_78 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_79'] = x_isolated__mutmut_79 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_80'] = x_isolated__mutmut_80 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_81'] = x_isolated__mutmut_81 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_82'] = x_isolated__mutmut_82 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_83'] = x_isolated__mutmut_83 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_84'] = x_isolated__mutmut_84 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_85'] = x_isolated__mutmut_85 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_86'] = x_isolated__mutmut_86 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_87'] = x_isolated__mutmut_87 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_88'] = x_isolated__mutmut_88 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_89'] = x_isolated__mutmut_89 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_90'] = x_isolated__mutmut_90 # type: ignore # mutmut generated
mutants_x_isolated__mutmut['x_isolated__mutmut_91'] = x_isolated__mutmut_91 # type: ignore # mutmut generated


claim("D-GWM-3", observes="gateway_modes")(isolated)
mutants_x_trusted_interfaces__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_trusted_interfaces__mutmut)
def trusted_interfaces(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_orig(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_1(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = None
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_2(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(None, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_3(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, None, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_4(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, None, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_5(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, None, "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_6(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", None)
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_7(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_8(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_9(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_10(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_11(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", )
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_12(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "XXtrusted_host_interfacesXX", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_13(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "TRUSTED_HOST_INTERFACES", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_14(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "XXgateway_modes.trusted_interfacesXX")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_15(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "GATEWAY_MODES.TRUSTED_INTERFACES")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_16(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = None
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_17(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(None, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_18(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, None)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_19(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_20(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, )
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_21(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = None
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_22(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen(None, gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_23(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", None)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_24(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen(gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_25(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", )
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_26(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("XXthe outside's linkXX", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_27(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("THE OUTSIDE'S LINK", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_28(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact(None, "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_29(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", None, published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_30(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", None, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_31(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=None)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_32(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_33(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_34(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_35(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, )
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_36(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("XXoutside_on_trusted_link_at_containerXX", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_37(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("OUTSIDE_ON_TRUSTED_LINK_AT_CONTAINER", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_38(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "XXreachedXX", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_39(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "REACHED", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_40(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect(None, "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_41(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", None, untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_42(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", None)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_43(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_44(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_45(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", )
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_46(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("XXsecond_outside_on_another_link_atXX", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_47(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("SECOND_OUTSIDE_ON_ANOTHER_LINK_AT", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_48(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "XXgateway_modes.untrustedXX", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_49(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "GATEWAY_MODES.UNTRUSTED", untrusted.word)
    _tries(j, network, gwm)


def x_trusted_interfaces__mutmut_50(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(None, network, gwm)


def x_trusted_interfaces__mutmut_51(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, None, gwm)


def x_trusted_interfaces__mutmut_52(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, None)


def x_trusted_interfaces__mutmut_53(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(network, gwm)


def x_trusted_interfaces__mutmut_54(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, gwm)


def x_trusted_interfaces__mutmut_55(j: Judgement, gwm: GatewayModes, profile: Profile) -> None:
    """`trusted_host_interfaces` lets direct routing in from the named interface only.

    Documented: a nat network with com.docker.network.bridge.trusted_host_interfaces=<the outside's link
        on this host>: that outside reaches a published port at the container's address; a second outside
        on another link: {gateway_modes.untrusted}
    Ko documented: com.docker.network.bridge.trusted_host_interfaces=<이 호스트에 있는 바깥쪽의 링크>인 nat
        네트워크: 그 바깥쪽은 컨테이너 주소의 공개 포트에 닿는다; 다른 링크의 두 번째 바깥쪽:
        {gateway_modes.untrusted}
    By hand: docker network create -o com.docker.network.bridge.trusted_host_interfaces=LINK tnet;
        docker run -d --network tnet -p 8080 busybox nc -ll -p 8080 -e echo hi;
        ip netns exec OUTSIDE nc -w 1 <container address> 8080; ip netns exec OTHER nc -w 1 ...
    Title: Trusted host interfaces: direct routing from the named link only
    Ko: trusted_host_interfaces는 지정한 인터페이스에서 오는 직접 라우팅만 들인다.
    Ko title: 신뢰하는 호스트 인터페이스: 지정한 링크에서 오는 직접 라우팅만
    """
    network = _network(j, gwm, profile, "trusted_host_interfaces", "gateway_modes.trusted_interfaces")
    if network.refused:
        return
    published, untrusted = _sent(network.published, network.untrusted)
    link = seen("the outside's link", gwm.outside_link)
    j.fact("outside_on_trusted_link_at_container", "reached", published.word, outside_link=link)
    j.expect("second_outside_on_another_link_at", "gateway_modes.untrusted", untrusted.word)
    _tries(j, network, )

mutants_x_trusted_interfaces__mutmut['_mutmut_orig'] = x_trusted_interfaces__mutmut_orig # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_1'] = x_trusted_interfaces__mutmut_1 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_2'] = x_trusted_interfaces__mutmut_2 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_3'] = x_trusted_interfaces__mutmut_3 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_4'] = x_trusted_interfaces__mutmut_4 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_5'] = x_trusted_interfaces__mutmut_5 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_6'] = x_trusted_interfaces__mutmut_6 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_7'] = x_trusted_interfaces__mutmut_7 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_8'] = x_trusted_interfaces__mutmut_8 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_9'] = x_trusted_interfaces__mutmut_9 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_10'] = x_trusted_interfaces__mutmut_10 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_11'] = x_trusted_interfaces__mutmut_11 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_12'] = x_trusted_interfaces__mutmut_12 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_13'] = x_trusted_interfaces__mutmut_13 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_14'] = x_trusted_interfaces__mutmut_14 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_15'] = x_trusted_interfaces__mutmut_15 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_16'] = x_trusted_interfaces__mutmut_16 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_17'] = x_trusted_interfaces__mutmut_17 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_18'] = x_trusted_interfaces__mutmut_18 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_19'] = x_trusted_interfaces__mutmut_19 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_20'] = x_trusted_interfaces__mutmut_20 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_21'] = x_trusted_interfaces__mutmut_21 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_22'] = x_trusted_interfaces__mutmut_22 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_23'] = x_trusted_interfaces__mutmut_23 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_24'] = x_trusted_interfaces__mutmut_24 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_25'] = x_trusted_interfaces__mutmut_25 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_26'] = x_trusted_interfaces__mutmut_26 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_27'] = x_trusted_interfaces__mutmut_27 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_28'] = x_trusted_interfaces__mutmut_28 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_29'] = x_trusted_interfaces__mutmut_29 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_30'] = x_trusted_interfaces__mutmut_30 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_31'] = x_trusted_interfaces__mutmut_31 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_32'] = x_trusted_interfaces__mutmut_32 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_33'] = x_trusted_interfaces__mutmut_33 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_34'] = x_trusted_interfaces__mutmut_34 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_35'] = x_trusted_interfaces__mutmut_35 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_36'] = x_trusted_interfaces__mutmut_36 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_37'] = x_trusted_interfaces__mutmut_37 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_38'] = x_trusted_interfaces__mutmut_38 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_39'] = x_trusted_interfaces__mutmut_39 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_40'] = x_trusted_interfaces__mutmut_40 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_41'] = x_trusted_interfaces__mutmut_41 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_42'] = x_trusted_interfaces__mutmut_42 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_43'] = x_trusted_interfaces__mutmut_43 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_44'] = x_trusted_interfaces__mutmut_44 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_45'] = x_trusted_interfaces__mutmut_45 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_46'] = x_trusted_interfaces__mutmut_46 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_47'] = x_trusted_interfaces__mutmut_47 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_48'] = x_trusted_interfaces__mutmut_48 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_49'] = x_trusted_interfaces__mutmut_49 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_50'] = x_trusted_interfaces__mutmut_50 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_51'] = x_trusted_interfaces__mutmut_51 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_52'] = x_trusted_interfaces__mutmut_52 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_53'] = x_trusted_interfaces__mutmut_53 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_54'] = x_trusted_interfaces__mutmut_54 # type: ignore # mutmut generated
mutants_x_trusted_interfaces__mutmut['x_trusted_interfaces__mutmut_55'] = x_trusted_interfaces__mutmut_55 # type: ignore # mutmut generated


claim("D-GWM-4", observes="gateway_modes")(trusted_interfaces)
