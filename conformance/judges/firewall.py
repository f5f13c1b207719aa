"""D-FW-*: the packet filter: DOCKER-USER first, and the rules Docker documents for its version."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.sections import OWN_TABLE
from docker_conformance.conformance.core.verdict import Judgement, Unobservable
from docker_conformance.conformance.judges.shared import evidence
from docker_conformance.conformance.model.packet_filter import PacketFilter
from docker_conformance.conformance.model.reachability import Reachability

family(__name__, "FW", "The packet filter", "패킷 필터")


def _read(r: Reachability) -> PacketFilter:
    """The filter as read, or why there is nothing to judge."""
    if r.after.backend == "nftables" and not r.after.nft_rules:
        raise Unobservable("engine_firewall_backend_nftables_and_tables", unread=r.after.unread)
    if r.after.variant is None and r.after.backend != "nftables":
        raise Unobservable("packet_filter_unread", unread=r.after.unread)
    return r.after


def docker_user_first(j: Judgement, r: Reachability, profile: Profile) -> None:
    """Rules in DOCKER-USER come before Docker's own.

    Documented: a rule the suite inserts into DOCKER-USER, matching only its own outside's address and
        commented with the run's name, blocks that outside from a published port that otherwise answers
        (when {reach.user_rule_blocks}; the chain: {reach.user_chain})
    Ko documented: 도구가 DOCKER-USER에 넣는 규칙(자기 바깥쪽의 주소에만 맞고 실행 이름을 주석으로 단다)이,
        그렇지 않으면 응답하는 공개 포트에서 그 바깥쪽을 막는다 ({reach.user_rule_blocks}일 때; 체인:
        {reach.user_chain})
    By hand: iptables -I DOCKER-USER -s <outside>/32 -p tcp -m comment --comment docker-conformance
        -j REJECT --reject-with tcp-reset; ip netns exec OUTSIDE nc -w 1 <host address> PORT;
        iptables -D DOCKER-USER ...
    Title: A DOCKER-USER rule applies before Docker's own
    Ko: DOCKER-USER의 규칙은 Docker 자신의 규칙보다 먼저 적용된다.
    Ko title: DOCKER-USER 규칙이 Docker의 규칙보다 먼저 적용된다
    Not applicable with: iptables=false
    """
    packet_filter = _read(r)
    j.expect(
        "forward_chain_docker_user_exists",
        "reach.user_chain",
        "DOCKER-USER" in packet_filter.chains("filter"),
        via=lambda place: place == "DOCKER-USER",
    )
    if not profile.reach.user_chain:
        j.note("engine_documents_no_chain_for_user")
        evidence(j, r, "filter")
        return
    own_table = profile.reach.user_chain == OWN_TABLE
    j.fact(
        "suite_rule_went_into_own_table" if own_table else "suite_rule_went_into_docker_user",
        "",
        r.user_rule_refused,
    )
    if not r.published.reached:
        j.cannot_judge("published_port_does_not_answer_outside", line=r.published.line())
    elif r.behind_rule is None or r.after_rule is None:  # blocking is never taken as judged on nothing
        if not r.user_rule_refused:  # (a refused rule was tried nowhere, and fails above)
            j.cannot_judge("not_recorded", what="the outside's tries with the rule and without it")
    else:
        j.expect(
            "outside_at_host_address_port_behind", "reach.user_rule_blocks", r.behind_rule.word == "blocked"
        )
        j.fact("rule_counted_outside_packets", True, r.rule_packets > 0)
        j.fact("without_rule_again_outside_reads", "conformance", r.after_rule.read)
        j.attach("the tries", "\n".join(a.line() for a in (r.published, r.behind_rule, r.after_rule)))
    j.attach("the suite's rule (removed after)", r.user_rule or r.user_rule_refused)
    evidence(j, r, "filter")


claim("D-FW-1", observes="reachability")(docker_user_first)


def documented_rules(j: Judgement, r: Reachability, profile: Profile) -> None:
    """The rules Docker documents for the default bridge and a published port are there, as the engine's
    version documents them.

    Documented: {firewall.layout}; nat: DNAT for the published ports and MASQUERADE for the bridge's subnet;
        raw: the per-container drops from 28.0; Docker's chains in ip6tables from 27.0; exactly these, for
        the rules naming {bridge.device} and the suite's own containers and ports
    Ko documented: {firewall.layout}; nat: 공개 포트의 DNAT와 브리지 서브넷의 MASQUERADE; raw: 28.0부터
        컨테이너마다의 drop; 27.0부터 ip6tables에 Docker의 체인; {bridge.device}와 도구의 컨테이너, 포트를
        말하는 규칙이 정확히 이것뿐
    By hand: iptables -S; iptables -t nat -S; iptables -t raw -S; ip6tables -S
    Title: Docker's rules for the default bridge and a published port, as its version documents them
    Ko: 기본 브리지와 공개한 포트에 대해 Docker가 문서화한 규칙이 엔진 버전에 맞게 있다.
    Ko title: 기본 브리지와 공개 포트에 대한 Docker의 규칙이 버전의 문서대로 있다
    Not applicable with: iptables=false; ip-masq=false; userland-proxy=false
    """
    packet_filter = _read(r)
    if packet_filter.backend == "nftables":
        _nftables(j, r, packet_filter)
        return
    for table in ("filter", "nat", "raw"):
        expected = getattr(profile.firewall, table)
        if expected == "not measured":
            j.cannot_judge("table_not_judged_this_version_rules", table=table)
            continue
        seen = r.ours(packet_filter, table)
        _exactly(j, "table_rules_naming_bridge", f"firewall.{table}", seen, table=table, bridge=r.bridge)
    if profile.firewall.ip6_chains == "not measured":
        j.cannot_judge("ip6tables_not_judged_this_version_chains")
    else:
        chains = tuple(sorted(c for c in packet_filter.chains("filter", ipv6=True) if c.startswith("DOCKER")))
        _exactly(j, "docker_chains_ip6tables_filter", "firewall.ip6_chains", chains)
    _rules_evidence(j, r, "filter", "nat", "raw")


claim("D-FW-2", observes="reachability")(documented_rules)


def _nftables(j: Judgement, r: Reachability, packet_filter: PacketFilter) -> None:
    """D-FW-2 on the nftables backend: Docker's two tables, as moby documents them for its version."""
    _exactly(
        j,
        "nft_lines_for_bridge",
        "firewall.nft",
        r.nft_ours(packet_filter, "ip docker-bridges"),
        bridge=r.bridge,
    )
    chains = tuple(
        sorted(
            line.split()[1]
            for line in packet_filter.nft_rules.get("ip6 docker-bridges", ())
            if line.startswith("chain ") and "__" not in line
        )
    )
    _exactly(j, "nft6_base_chains", "firewall.nft6_chains", chains)
    _rules_evidence(j, r)


def _rules_evidence(j: Judgement, r: Reachability, *tables: str) -> None:
    """D-FW-2's evidence: the placeholders' values, the engine's packet filter, and the rules."""
    j.attach("placeholders", "\n".join(f"{{{k}}} = {v}" for k, v in r.placeholders().items()))
    j.attach("the engine's packet filter", _facts(r))
    evidence(j, r, *tables)


def _exactly(j: Judgement, name: str, key: str, seen: tuple[str, ...], **params: str) -> None:
    """A set of rules that holds only when exactly the documented one (a set-valued fact: what differs
    is named as added and missing where it is shown)."""

    def as_set(rules: tuple[str, ...] | str) -> tuple[str, ...] | str:  # "not measured" stays words
        return rules if isinstance(rules, str) else tuple(sorted(rules))

    j.expect(name, key, tuple(sorted(seen)), via=as_set, **params)


def _facts(r: Reachability) -> str:
    lines = [
        f"iptables variant: {r.after.variant}",
        f"docker info FirewallBackend: {r.after.backend or '(not reported)'}",
    ]
    return "\n".join([*lines, *(f"{k}: {v}" for k, v in r.facts.items())])
