"""D-OPT-1, D-FWD-1: the engine's own settings: the default bridge's options, forwarding."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.judges.shared import seen
from docker_conformance.conformance.model.scenarios import EngineConfig

family(__name__, "OPT", "The engine's settings", "엔진 설정")
family(__name__, "FWD", "The engine's settings", "엔진 설정")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_bridge_options__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_bridge_options__mutmut)
def bridge_options(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "options",
        "bridge.options",
        tuple(sorted(f"{k}={v}" for k, v in config.bridge_options.items())),
        via=lambda options: tuple(sorted(f"{k}={v}" for k, v in options.items())),
    )


def x_bridge_options__mutmut_orig(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "options",
        "bridge.options",
        tuple(sorted(f"{k}={v}" for k, v in config.bridge_options.items())),
        via=lambda options: tuple(sorted(f"{k}={v}" for k, v in options.items())),
    )


def x_bridge_options__mutmut_1(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        None,
        "bridge.options",
        tuple(sorted(f"{k}={v}" for k, v in config.bridge_options.items())),
        via=lambda options: tuple(sorted(f"{k}={v}" for k, v in options.items())),
    )


def x_bridge_options__mutmut_2(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "options",
        None,
        tuple(sorted(f"{k}={v}" for k, v in config.bridge_options.items())),
        via=lambda options: tuple(sorted(f"{k}={v}" for k, v in options.items())),
    )


def x_bridge_options__mutmut_3(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "options",
        "bridge.options",
        None,
        via=lambda options: tuple(sorted(f"{k}={v}" for k, v in options.items())),
    )


def x_bridge_options__mutmut_4(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "options",
        "bridge.options",
        tuple(sorted(f"{k}={v}" for k, v in config.bridge_options.items())),
        via=None,
    )


def x_bridge_options__mutmut_5(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "bridge.options",
        tuple(sorted(f"{k}={v}" for k, v in config.bridge_options.items())),
        via=lambda options: tuple(sorted(f"{k}={v}" for k, v in options.items())),
    )


def x_bridge_options__mutmut_6(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "options",
        tuple(sorted(f"{k}={v}" for k, v in config.bridge_options.items())),
        via=lambda options: tuple(sorted(f"{k}={v}" for k, v in options.items())),
    )


def x_bridge_options__mutmut_7(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "options",
        "bridge.options",
        via=lambda options: tuple(sorted(f"{k}={v}" for k, v in options.items())),
    )


def x_bridge_options__mutmut_8(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "options",
        "bridge.options",
        tuple(sorted(f"{k}={v}" for k, v in config.bridge_options.items())),
        )


def x_bridge_options__mutmut_9(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "XXoptionsXX",
        "bridge.options",
        tuple(sorted(f"{k}={v}" for k, v in config.bridge_options.items())),
        via=lambda options: tuple(sorted(f"{k}={v}" for k, v in options.items())),
    )


def x_bridge_options__mutmut_10(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "OPTIONS",
        "bridge.options",
        tuple(sorted(f"{k}={v}" for k, v in config.bridge_options.items())),
        via=lambda options: tuple(sorted(f"{k}={v}" for k, v in options.items())),
    )


def x_bridge_options__mutmut_11(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "options",
        "XXbridge.optionsXX",
        tuple(sorted(f"{k}={v}" for k, v in config.bridge_options.items())),
        via=lambda options: tuple(sorted(f"{k}={v}" for k, v in options.items())),
    )


def x_bridge_options__mutmut_12(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "options",
        "BRIDGE.OPTIONS",
        tuple(sorted(f"{k}={v}" for k, v in config.bridge_options.items())),
        via=lambda options: tuple(sorted(f"{k}={v}" for k, v in options.items())),
    )


def x_bridge_options__mutmut_13(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "options",
        "bridge.options",
        tuple(None),
        via=lambda options: tuple(sorted(f"{k}={v}" for k, v in options.items())),
    )


def x_bridge_options__mutmut_14(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "options",
        "bridge.options",
        tuple(sorted(None)),
        via=lambda options: tuple(sorted(f"{k}={v}" for k, v in options.items())),
    )


def x_bridge_options__mutmut_15(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "options",
        "bridge.options",
        tuple(sorted(f"{k}={v}" for k, v in config.bridge_options.items())),
        via=lambda options: None,
    )


def x_bridge_options__mutmut_16(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "options",
        "bridge.options",
        tuple(sorted(f"{k}={v}" for k, v in config.bridge_options.items())),
        via=lambda options: tuple(None),
    )


def x_bridge_options__mutmut_17(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The default bridge network's options.

    Documented: {bridge.options} in docker network inspect bridge
    Ko documented: docker network inspect bridge의 {bridge.options}
    By hand: docker network inspect bridge --format '{{json .Options}}'
    Title: The default bridge network's options
    Ko: 기본 bridge 네트워크의 옵션.
    Ko title: 기본 bridge 네트워크의 옵션
    """
    j.expect(
        "options",
        "bridge.options",
        tuple(sorted(f"{k}={v}" for k, v in config.bridge_options.items())),
        via=lambda options: tuple(sorted(None)),
    )

mutants_x_bridge_options__mutmut['_mutmut_orig'] = x_bridge_options__mutmut_orig # type: ignore # mutmut generated
mutants_x_bridge_options__mutmut['x_bridge_options__mutmut_1'] = x_bridge_options__mutmut_1 # type: ignore # mutmut generated
mutants_x_bridge_options__mutmut['x_bridge_options__mutmut_2'] = x_bridge_options__mutmut_2 # type: ignore # mutmut generated
mutants_x_bridge_options__mutmut['x_bridge_options__mutmut_3'] = x_bridge_options__mutmut_3 # type: ignore # mutmut generated
mutants_x_bridge_options__mutmut['x_bridge_options__mutmut_4'] = x_bridge_options__mutmut_4 # type: ignore # mutmut generated
mutants_x_bridge_options__mutmut['x_bridge_options__mutmut_5'] = x_bridge_options__mutmut_5 # type: ignore # mutmut generated
mutants_x_bridge_options__mutmut['x_bridge_options__mutmut_6'] = x_bridge_options__mutmut_6 # type: ignore # mutmut generated
mutants_x_bridge_options__mutmut['x_bridge_options__mutmut_7'] = x_bridge_options__mutmut_7 # type: ignore # mutmut generated
mutants_x_bridge_options__mutmut['x_bridge_options__mutmut_8'] = x_bridge_options__mutmut_8 # type: ignore # mutmut generated
mutants_x_bridge_options__mutmut['x_bridge_options__mutmut_9'] = x_bridge_options__mutmut_9 # type: ignore # mutmut generated
mutants_x_bridge_options__mutmut['x_bridge_options__mutmut_10'] = x_bridge_options__mutmut_10 # type: ignore # mutmut generated
mutants_x_bridge_options__mutmut['x_bridge_options__mutmut_11'] = x_bridge_options__mutmut_11 # type: ignore # mutmut generated
mutants_x_bridge_options__mutmut['x_bridge_options__mutmut_12'] = x_bridge_options__mutmut_12 # type: ignore # mutmut generated
mutants_x_bridge_options__mutmut['x_bridge_options__mutmut_13'] = x_bridge_options__mutmut_13 # type: ignore # mutmut generated
mutants_x_bridge_options__mutmut['x_bridge_options__mutmut_14'] = x_bridge_options__mutmut_14 # type: ignore # mutmut generated
mutants_x_bridge_options__mutmut['x_bridge_options__mutmut_15'] = x_bridge_options__mutmut_15 # type: ignore # mutmut generated
mutants_x_bridge_options__mutmut['x_bridge_options__mutmut_16'] = x_bridge_options__mutmut_16 # type: ignore # mutmut generated
mutants_x_bridge_options__mutmut['x_bridge_options__mutmut_17'] = x_bridge_options__mutmut_17 # type: ignore # mutmut generated


claim("D-OPT-1", observes="engine_config")(bridge_options)
mutants_x_forwarding__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_forwarding__mutmut)
def forwarding(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_orig(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_1(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge(None, unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_2(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=None)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_3(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge(unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_4(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", )
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_5(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("XXconfiguration_unreadXX", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_6(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("CONFIGURATION_UNREAD", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_7(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_8(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = None
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_9(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            None, before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_10(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=None
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_11(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_12(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_13(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if (running != before) and False else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_14(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if (running != before) or True else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_15(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "XXforwarding_changed_with_containerXX" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_16(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "FORWARDING_CHANGED_WITH_CONTAINER" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_17(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running == before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_18(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "XXforwarding_stayedXX", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_19(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "FORWARDING_STAYED", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_20(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect(None, "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_21(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", None, seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_22(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", None)
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_23(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_24(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_25(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", )
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_26(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("XXnet_ipv4_ip_forwardXX", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_27(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("NET_IPV4_IP_FORWARD", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_28(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "XXforwarding.ip_forwardXX", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_29(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "FORWARDING.IP_FORWARD", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_30(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen(None, config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_31(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", None))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_32(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen(config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_33(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", ))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_34(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("XXnet.ipv4.ip_forwardXX", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_35(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("NET.IPV4.IP_FORWARD", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_36(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = None
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_37(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen(None, config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_38(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", None)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_39(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen(config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_40(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", )
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_41(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("XXiptables -S FORWARDXX", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_42(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -s forward", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_43(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("IPTABLES -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_44(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = None
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_45(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith(None)]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_46(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("XX-A FORWARDXX")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_47(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-a forward")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_48(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_49(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if (rules) and False else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_50(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if (rules) or True else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_51(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix(None).strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_52(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removesuffix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_53(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[1].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_54(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("XX-A FORWARDXX").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_55(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-a forward").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_56(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        None,
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_57(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        None,
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_58(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        None,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_59(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_60(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=None,
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_61(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_62(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_63(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_64(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_65(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_66(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "XXforward_first_ruleXX",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_67(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "FORWARD_FIRST_RULE",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_68(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "XXforwarding.first_jumpXX",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_69(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "FORWARDING.FIRST_JUMP",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_70(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if (profile.forwarding.first_jump) and False else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_71(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if (profile.forwarding.first_jump) or True else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_72(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else False,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_73(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: None,
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_74(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if (chain) and False else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_75(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if (chain) or True else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_76(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "XXany (no chain for the user's rules)XX",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_77(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "ANY (NO CHAIN FOR THE USER'S RULES)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_78(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = None
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_79(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        None, next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_80(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", None
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_81(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_82(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_83(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "XXFORWARD's policyXX", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_84(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "forward's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_85(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD'S POLICY", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_86(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next(None, None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_87(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next(None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_88(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), )
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_89(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[+1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_90(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-2] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_91(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith(None)), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_92(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("XX-P FORWARDXX")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_93(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-p forward")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_94(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = None  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_95(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" or config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_96(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward != "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_97(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "XX0XX" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_98(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running != "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_99(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "XX1XX"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_100(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" or not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_101(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy or profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_102(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy == profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_103(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy != "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_104(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "XXDROPXX" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_105(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "drop" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_106(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_107(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge(None, policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_108(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=None, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_109(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=None)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_110(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge(policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_111(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_112(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, )
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_113(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("XXforward_policy_origin_unknownXX", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_114(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("FORWARD_POLICY_ORIGIN_UNKNOWN", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_115(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy == profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_116(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note(None, policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_117(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=None, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_118(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=None)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_119(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note(policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_120(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_121(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, )
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_122(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("XXforward_policy_not_engine_sets_onlyXX", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_123(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("FORWARD_POLICY_NOT_ENGINE_SETS_ONLY", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_124(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach(None, "\n".join(forward))


def x_forwarding__mutmut_125(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", None)


def x_forwarding__mutmut_126(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("\n".join(forward))


def x_forwarding__mutmut_127(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", )


def x_forwarding__mutmut_128(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("XXiptables -S FORWARDXX", "\n".join(forward))


def x_forwarding__mutmut_129(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -s forward", "\n".join(forward))


def x_forwarding__mutmut_130(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("IPTABLES -S FORWARD", "\n".join(forward))


def x_forwarding__mutmut_131(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "\n".join(None))


def x_forwarding__mutmut_132(j: Judgement, config: EngineConfig, profile: Profile) -> None:
    """The engine turns on IPv4 forwarding and guards FORWARD.

    Documented: net.ipv4.ip_forward={forwarding.ip_forward}; FORWARD policy {forwarding.policy} when the
        engine had to enable forwarding itself; FORWARD jumps to {forwarding.first_jump} first
    Ko documented: net.ipv4.ip_forward={forwarding.ip_forward}; 엔진이 포워딩을 직접 켜야 했으면 FORWARD
        정책 {forwarding.policy}; FORWARD는 먼저 {forwarding.first_jump}로 넘어간다
    By hand: sysctl net.ipv4.ip_forward; iptables -S FORWARD
    Title: IPv4 forwarding on, FORWARD guarded with {forwarding.first_jump} first
    Ko: 엔진은 IPv4 포워딩을 켜고 FORWARD를 지킨다.
    Ko title: IPv4 포워딩이 켜져 있고, FORWARD의 맨 앞은 {forwarding.first_jump}다
    Not applicable with: iptables=false; ip-forward=false
    """
    if config.unread:
        j.cannot_judge("configuration_unread", unread=config.unread)
    if config.ip_forward_running is not None:
        before, running = config.ip_forward, config.ip_forward_running
        j.note(
            "forwarding_changed_with_container" if running != before else "forwarding_stayed", before=before
        )
    j.expect("net_ipv4_ip_forward", "forwarding.ip_forward", seen("net.ipv4.ip_forward", config.forwarding))
    forward = seen("iptables -S FORWARD", config.forward_rules)
    rules = [r for r in forward if r.startswith("-A FORWARD")]
    first = rules[0].removeprefix("-A FORWARD").strip() if rules else None
    j.expect(
        "forward_first_rule",
        "forwarding.first_jump",
        first,
        holds=None if profile.forwarding.first_jump else True,
        via=lambda chain: f"-j {chain}" if chain else "any (no chain for the user's rules)",
    )
    policy = seen(
        "FORWARD's policy", next((r.split()[-1] for r in forward if r.startswith("-P FORWARD")), None)
    )
    enabled_here = config.ip_forward == "0" and config.ip_forward_running == "1"  # seen turned on
    if policy != profile.forwarding.policy and profile.forwarding.policy == "DROP" and not enabled_here:
        # the engine sets DROP only when it enabled forwarding itself: with forwarding on before it
        # ran, whether it or the host enabled it cannot be told, and "conforms" would claim it can
        j.cannot_judge("forward_policy_origin_unknown", policy=policy, policy2=profile.forwarding.policy)
    elif policy != profile.forwarding.policy:  # not the engine's to set, or not set by it
        j.note("forward_policy_not_engine_sets_only", policy=policy, policy2=profile.forwarding.policy)
    j.attach("iptables -S FORWARD", "XX\nXX".join(forward))

mutants_x_forwarding__mutmut['_mutmut_orig'] = x_forwarding__mutmut_orig # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_1'] = x_forwarding__mutmut_1 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_2'] = x_forwarding__mutmut_2 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_3'] = x_forwarding__mutmut_3 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_4'] = x_forwarding__mutmut_4 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_5'] = x_forwarding__mutmut_5 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_6'] = x_forwarding__mutmut_6 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_7'] = x_forwarding__mutmut_7 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_8'] = x_forwarding__mutmut_8 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_9'] = x_forwarding__mutmut_9 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_10'] = x_forwarding__mutmut_10 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_11'] = x_forwarding__mutmut_11 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_12'] = x_forwarding__mutmut_12 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_13'] = x_forwarding__mutmut_13 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_14'] = x_forwarding__mutmut_14 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_15'] = x_forwarding__mutmut_15 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_16'] = x_forwarding__mutmut_16 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_17'] = x_forwarding__mutmut_17 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_18'] = x_forwarding__mutmut_18 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_19'] = x_forwarding__mutmut_19 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_20'] = x_forwarding__mutmut_20 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_21'] = x_forwarding__mutmut_21 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_22'] = x_forwarding__mutmut_22 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_23'] = x_forwarding__mutmut_23 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_24'] = x_forwarding__mutmut_24 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_25'] = x_forwarding__mutmut_25 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_26'] = x_forwarding__mutmut_26 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_27'] = x_forwarding__mutmut_27 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_28'] = x_forwarding__mutmut_28 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_29'] = x_forwarding__mutmut_29 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_30'] = x_forwarding__mutmut_30 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_31'] = x_forwarding__mutmut_31 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_32'] = x_forwarding__mutmut_32 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_33'] = x_forwarding__mutmut_33 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_34'] = x_forwarding__mutmut_34 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_35'] = x_forwarding__mutmut_35 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_36'] = x_forwarding__mutmut_36 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_37'] = x_forwarding__mutmut_37 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_38'] = x_forwarding__mutmut_38 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_39'] = x_forwarding__mutmut_39 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_40'] = x_forwarding__mutmut_40 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_41'] = x_forwarding__mutmut_41 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_42'] = x_forwarding__mutmut_42 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_43'] = x_forwarding__mutmut_43 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_44'] = x_forwarding__mutmut_44 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_45'] = x_forwarding__mutmut_45 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_46'] = x_forwarding__mutmut_46 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_47'] = x_forwarding__mutmut_47 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_48'] = x_forwarding__mutmut_48 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_49'] = x_forwarding__mutmut_49 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_50'] = x_forwarding__mutmut_50 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_51'] = x_forwarding__mutmut_51 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_52'] = x_forwarding__mutmut_52 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_53'] = x_forwarding__mutmut_53 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_54'] = x_forwarding__mutmut_54 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_55'] = x_forwarding__mutmut_55 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_56'] = x_forwarding__mutmut_56 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_57'] = x_forwarding__mutmut_57 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_58'] = x_forwarding__mutmut_58 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_59'] = x_forwarding__mutmut_59 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_60'] = x_forwarding__mutmut_60 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_61'] = x_forwarding__mutmut_61 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_62'] = x_forwarding__mutmut_62 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_63'] = x_forwarding__mutmut_63 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_64'] = x_forwarding__mutmut_64 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_65'] = x_forwarding__mutmut_65 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_66'] = x_forwarding__mutmut_66 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_67'] = x_forwarding__mutmut_67 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_68'] = x_forwarding__mutmut_68 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_69'] = x_forwarding__mutmut_69 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_70'] = x_forwarding__mutmut_70 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_71'] = x_forwarding__mutmut_71 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_72'] = x_forwarding__mutmut_72 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_73'] = x_forwarding__mutmut_73 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_74'] = x_forwarding__mutmut_74 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_75'] = x_forwarding__mutmut_75 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_76'] = x_forwarding__mutmut_76 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_77'] = x_forwarding__mutmut_77 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_78'] = x_forwarding__mutmut_78 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_79'] = x_forwarding__mutmut_79 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_80'] = x_forwarding__mutmut_80 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_81'] = x_forwarding__mutmut_81 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_82'] = x_forwarding__mutmut_82 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_83'] = x_forwarding__mutmut_83 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_84'] = x_forwarding__mutmut_84 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_85'] = x_forwarding__mutmut_85 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_86'] = x_forwarding__mutmut_86 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_87'] = x_forwarding__mutmut_87 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_88'] = x_forwarding__mutmut_88 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_89'] = x_forwarding__mutmut_89 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_90'] = x_forwarding__mutmut_90 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_91'] = x_forwarding__mutmut_91 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_92'] = x_forwarding__mutmut_92 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_93'] = x_forwarding__mutmut_93 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_94'] = x_forwarding__mutmut_94 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_95'] = x_forwarding__mutmut_95 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_96'] = x_forwarding__mutmut_96 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_97'] = x_forwarding__mutmut_97 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_98'] = x_forwarding__mutmut_98 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_99'] = x_forwarding__mutmut_99 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_100'] = x_forwarding__mutmut_100 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_101'] = x_forwarding__mutmut_101 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_102'] = x_forwarding__mutmut_102 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_103'] = x_forwarding__mutmut_103 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_104'] = x_forwarding__mutmut_104 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_105'] = x_forwarding__mutmut_105 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_106'] = x_forwarding__mutmut_106 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_107'] = x_forwarding__mutmut_107 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_108'] = x_forwarding__mutmut_108 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_109'] = x_forwarding__mutmut_109 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_110'] = x_forwarding__mutmut_110 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_111'] = x_forwarding__mutmut_111 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_112'] = x_forwarding__mutmut_112 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_113'] = x_forwarding__mutmut_113 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_114'] = x_forwarding__mutmut_114 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_115'] = x_forwarding__mutmut_115 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_116'] = x_forwarding__mutmut_116 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_117'] = x_forwarding__mutmut_117 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_118'] = x_forwarding__mutmut_118 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_119'] = x_forwarding__mutmut_119 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_120'] = x_forwarding__mutmut_120 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_121'] = x_forwarding__mutmut_121 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_122'] = x_forwarding__mutmut_122 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_123'] = x_forwarding__mutmut_123 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_124'] = x_forwarding__mutmut_124 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_125'] = x_forwarding__mutmut_125 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_126'] = x_forwarding__mutmut_126 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_127'] = x_forwarding__mutmut_127 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_128'] = x_forwarding__mutmut_128 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_129'] = x_forwarding__mutmut_129 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_130'] = x_forwarding__mutmut_130 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_131'] = x_forwarding__mutmut_131 # type: ignore # mutmut generated
mutants_x_forwarding__mutmut['x_forwarding__mutmut_132'] = x_forwarding__mutmut_132 # type: ignore # mutmut generated


claim("D-FWD-1", observes="engine_config")(forwarding)
