"""D-OPT-1, D-FWD-1: the engine's own settings: the default bridge's options, forwarding."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.judges.shared import seen
from docker_conformance.conformance.model.scenarios import EngineConfig

family(__name__, "OPT", "The engine's settings", "엔진 설정")
family(__name__, "FWD", "The engine's settings", "엔진 설정")


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


claim("D-OPT-1", observes="engine_config")(bridge_options)


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


claim("D-FWD-1", observes="engine_config")(forwarding)
