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


@claim("D-GWM-1", observes="gateway_modes")
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


@claim("D-GWM-2", observes="gateway_modes")
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


@claim("D-GWM-3", observes="gateway_modes")
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


@claim("D-GWM-4", observes="gateway_modes")
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
