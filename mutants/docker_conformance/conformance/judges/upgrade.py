"""U-*: what an engine upgrade in place keeps of a host already running things: the record of
`upgrade before` against the same read by `upgrade after` (`model.upgrade`)."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement, Unobservable
from docker_conformance.conformance.judges.shared import seen, tried_again
from docker_conformance.conformance.model.upgrade import Kept, Upgrade

family(__name__, "RESTART", "Upgrades: containers", "업그레이드: 컨테이너")
family(__name__, "UNET", "Upgrades: networks", "업그레이드: 네트워크")
family(__name__, "UPORT", "Upgrades: published ports and names", "업그레이드: 공개 포트와 이름")
family(__name__, "UDNS", "Upgrades: published ports and names", "업그레이드: 공개 포트와 이름")
family(
    __name__,
    "UFW",
    "Upgrades: the packet filter and other software",
    "업그레이드: 패킷 필터와 다른 소프트웨어",
)
family(__name__, "USER", "Upgrades: the user's own containers", "업그레이드: 사용자 자신의 컨테이너")
family(__name__, "LIVE", "Upgrades: containers", "업그레이드: 컨테이너")

RESTARTED = ("always", "unless-stopped")  # the policies Docker documents as restarted with the daemon


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__state__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__state__mutmut)
def _state(kept: Kept | None) -> str:
    return "gone" if kept is None or not kept.id else "running" if kept.running else "stopped"


def x__state__mutmut_orig(kept: Kept | None) -> str:
    return "gone" if kept is None or not kept.id else "running" if kept.running else "stopped"


def x__state__mutmut_1(kept: Kept | None) -> str:
    return "gone" if (kept is None or not kept.id) and False else "running" if kept.running else "stopped"


def x__state__mutmut_2(kept: Kept | None) -> str:
    return "gone" if (kept is None or not kept.id) or True else "running" if kept.running else "stopped"


def x__state__mutmut_3(kept: Kept | None) -> str:
    return "XXgoneXX" if kept is None or not kept.id else "running" if kept.running else "stopped"


def x__state__mutmut_4(kept: Kept | None) -> str:
    return "GONE" if kept is None or not kept.id else "running" if kept.running else "stopped"


def x__state__mutmut_5(kept: Kept | None) -> str:
    return "gone" if kept is None and not kept.id else "running" if kept.running else "stopped"


def x__state__mutmut_6(kept: Kept | None) -> str:
    return "gone" if kept is not None or not kept.id else "running" if kept.running else "stopped"


def x__state__mutmut_7(kept: Kept | None) -> str:
    return "gone" if kept is None or kept.id else "running" if kept.running else "stopped"


def x__state__mutmut_8(kept: Kept | None) -> str:
    return "gone" if kept is None or not kept.id else "running" if (kept.running) and False else "stopped"


def x__state__mutmut_9(kept: Kept | None) -> str:
    return "gone" if kept is None or not kept.id else "running" if (kept.running) or True else "stopped"


def x__state__mutmut_10(kept: Kept | None) -> str:
    return "gone" if kept is None or not kept.id else "XXrunningXX" if kept.running else "stopped"


def x__state__mutmut_11(kept: Kept | None) -> str:
    return "gone" if kept is None or not kept.id else "RUNNING" if kept.running else "stopped"


def x__state__mutmut_12(kept: Kept | None) -> str:
    return "gone" if kept is None or not kept.id else "running" if kept.running else "XXstoppedXX"


def x__state__mutmut_13(kept: Kept | None) -> str:
    return "gone" if kept is None or not kept.id else "running" if kept.running else "STOPPED"

mutants_x__state__mutmut['_mutmut_orig'] = x__state__mutmut_orig # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_1'] = x__state__mutmut_1 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_2'] = x__state__mutmut_2 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_3'] = x__state__mutmut_3 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_4'] = x__state__mutmut_4 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_5'] = x__state__mutmut_5 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_6'] = x__state__mutmut_6 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_7'] = x__state__mutmut_7 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_8'] = x__state__mutmut_8 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_9'] = x__state__mutmut_9 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_10'] = x__state__mutmut_10 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_11'] = x__state__mutmut_11 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_12'] = x__state__mutmut_12 # type: ignore # mutmut generated
mutants_x__state__mutmut['x__state__mutmut_13'] = x__state__mutmut_13 # type: ignore # mutmut generated


@claim("U-RESTART-1", observes="upgrade")
def restart_policy_containers_back(j: Judgement, u: Upgrade, profile: Profile) -> None:
    """Containers with a restart policy of always or unless-stopped are running again after the engine
    is upgraded (stopped and started on the same data root).

    Documented: each of the suite's containers started with --restart always or unless-stopped, running
        before, is running after ("Start containers automatically", docs.docker.com/engine/containers/
        start-containers-automatically/: always restarts a container when the daemon restarts)
    Ko documented: --restart always 또는 unless-stopped로 시작해 업그레이드 전에 돌던 스위트의 컨테이너는
        모두
        업그레이드 뒤에도 돈다 (docs.docker.com "Start containers automatically": always는 데몬이 다시
        시작될 때
        컨테이너를 다시 시작한다)
    By hand: docker ps -a --filter label=io.docker-conformance.upgrade --format '{{.Names}} {{.Status}}'
    Title: Restart-policy containers are running again after the upgrade
    Ko: 재시작 정책이 always나 unless-stopped인 컨테이너는 엔진을 업그레이드한 뒤 다시 돈다.
    Ko title: 재시작 정책이 있는 컨테이너가 업그레이드 뒤에 다시 돈다
    """
    if not u.before.kept:
        raise Unobservable("upgrade_nothing_recorded", what="containers")
    for kept in u.before.kept:
        if not kept.running:
            j.cannot_judge("upgrade_not_running_before", role=kept.role)
            continue
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


@claim("U-UNET-1", observes="upgrade")
def networks_keep_their_settings(j: Judgement, u: Upgrade, profile: Profile) -> None:
    """User-defined networks keep their subnets, gateways and options across an upgrade, the allocated
    ones as well as those given with --subnet.

    Documented: each of the suite's networks has, after, the subnet, gateway and options it had before
        (`docker network create`, docs.docker.com/reference/cli/docker/network/create/: a network lasts
        until `docker network rm`)
    Ko documented: 스위트의 네트워크는 모두 업그레이드 뒤에도 전과 같은 서브넷, 게이트웨이, 옵션을 가진다
        (`docker network create`: 네트워크는 `docker network rm`까지 남는다)
    By hand: docker network inspect -f '{{json .IPAM.Config}} {{json .Options}}' NETWORK
    Title: User networks keep their subnets and options
    Ko: 사용자 정의 네트워크는 업그레이드 뒤에도 서브넷, 게이트웨이, 옵션을 그대로 가진다.
    Ko title: 사용자 네트워크가 서브넷과 옵션을 지킨다
    """
    if not u.before.networks:
        raise Unobservable("upgrade_nothing_recorded", what="networks")
    for network in u.before.networks:
        now = u.after.network(network.role)
        j.fact("upgrade_network_subnet", network.subnet, now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


@claim("U-UNET-2", observes="upgrade")
def given_address_kept(j: Judgement, u: Upgrade, profile: Profile) -> None:
    """An address given with --ip is the container's address again after the upgrade.

    Documented: the address given with --ip ("If specified, the container's IP address(es) is reapplied
        when a stopped container is restarted", docs.docker.com/reference/cli/docker/network/connect/)
    Ko documented: --ip로 준 주소 ("지정하면 멈춘 컨테이너를 다시 시작할 때 그 IP 주소를 다시 적용한다",
        docs.docker.com `docker network connect`)
    By hand: docker inspect -f '{{json .NetworkSettings.Networks}}' CONTAINER
    Title: An address given with --ip is kept
    Ko: --ip로 준 주소는 업그레이드 뒤에도 컨테이너의 주소다.
    Ko title: --ip로 준 주소가 유지된다
    """
    given = [(kept, network, address) for kept in u.before.kept for network, address in kept.given.items()]
    if not given:
        raise Unobservable("upgrade_nothing_given")
    for kept, network, address in given:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_given_address", address, now.addresses.get(network) if now else None, role=kept.role)


@claim("U-UPORT-1", observes="upgrade")
def published_ports_on_loopback(j: Judgement, u: Upgrade, profile: Profile) -> None:
    """Ports published on 0.0.0.0 and on 127.0.0.1 answer on this host's loopback after the upgrade, as
    they did before.

    Documented: each published port that answered on 127.0.0.1 (and on ::1, where the engine publishes
        on [::] too) before answers after (port publishing, docs.docker.com/engine/network/port-publishing/)
    Ko documented: 업그레이드 전에 127.0.0.1에서 응답하던 공개 포트는 모두 뒤에도 응답한다 (포트 공개,
        docs.docker.com/engine/network/port-publishing/)
    By hand: nc -w 1 127.0.0.1 PORT
    Title: Published ports answer on loopback as they did
    Ko: 0.0.0.0과 127.0.0.1에 공개한 포트는 업그레이드 뒤에도 전처럼 이 호스트의 루프백에서 응답한다.
    Ko title: 공개한 포트가 전처럼 루프백에서 응답한다
    """
    tried_again(j, u, "loopback", "upgrade_answers")


@claim("U-UPORT-2", observes="upgrade")
def published_port_from_another_host(j: Judgement, u: Upgrade, profile: Profile) -> None:
    """A port published on every address answers another host, through this host's address, after the
    upgrade as it did before.

    Documented: the suite's other host (a namespace routed through this host) reaches the published port
        at this host's address after, as before (port publishing, docs.docker.com/engine/network/
        port-publishing/); after the firewall backend switched from iptables, on a host whose FORWARD
        policy is DROP: {reach.published_after_switch}
    Ko documented: 스위트의 다른 호스트(이 호스트를 거쳐 라우팅되는 네임스페이스)가 업그레이드 뒤에도 전처럼
        이 호스트 주소로 공개 포트에 닿는다
    By hand: ip netns exec dcfu-ID-left nc -w 1 <host address> PORT
    Title: The published port answers another host as it did
    Ko: 모든 주소에 공개한 포트는 업그레이드 뒤에도 전처럼 다른 호스트에 응답한다.
    Ko title: 공개한 포트가 전처럼 다른 호스트에 응답한다
    """
    before, after = (s.engine.get("firewall_backend") for s in (u.before, u.after))
    switched = before != after and "-P FORWARD DROP" in u.after.forward  # the policy left as it was
    tried_again(j, u, "another host", "upgrade_answers", "reach.published_after_switch" if switched else None)


@claim("U-UDNS-1", observes="upgrade")
def names_still_resolve(j: Judgement, u: Upgrade, profile: Profile) -> None:
    """Names still resolve through the embedded DNS server after the upgrade, on every network a
    container is on (one of them on two networks).

    Documented: each container's name answers from each container that shares a network with it
        (DNS services, docs.docker.com/engine/network/#dns-services: containers on a user-defined
        network use Docker's embedded DNS server)
    Ko documented: 네트워크를 함께 쓰는 컨테이너마다 서로의 이름이 응답한다 (docs.docker.com DNS services:
        사용자 정의 네트워크의 컨테이너는 Docker의 내장 DNS 서버를 쓴다)
    By hand: docker exec CONTAINER nslookup NAME 127.0.0.11
    Title: Names resolve on every network, as before
    Ko: 업그레이드 뒤에도 컨테이너가 있는 모든 네트워크에서 내장 DNS로 이름이 풀린다.
    Ko title: 모든 네트워크에서 이름이 전처럼 풀린다
    """
    tried_again(j, u, "name", "upgrade_resolves")
mutants_x__expected__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__expected__mutmut)
def _expected(restart: str, live: bool) -> str:
    return "running" if live or restart in RESTARTED else "stopped"


def x__expected__mutmut_orig(restart: str, live: bool) -> str:
    return "running" if live or restart in RESTARTED else "stopped"


def x__expected__mutmut_1(restart: str, live: bool) -> str:
    return "running" if (live or restart in RESTARTED) and False else "stopped"


def x__expected__mutmut_2(restart: str, live: bool) -> str:
    return "running" if (live or restart in RESTARTED) or True else "stopped"


def x__expected__mutmut_3(restart: str, live: bool) -> str:
    return "XXrunningXX" if live or restart in RESTARTED else "stopped"


def x__expected__mutmut_4(restart: str, live: bool) -> str:
    return "RUNNING" if live or restart in RESTARTED else "stopped"


def x__expected__mutmut_5(restart: str, live: bool) -> str:
    return "running" if live and restart in RESTARTED else "stopped"


def x__expected__mutmut_6(restart: str, live: bool) -> str:
    return "running" if live or restart not in RESTARTED else "stopped"


def x__expected__mutmut_7(restart: str, live: bool) -> str:
    return "running" if live or restart in RESTARTED else "XXstoppedXX"


def x__expected__mutmut_8(restart: str, live: bool) -> str:
    return "running" if live or restart in RESTARTED else "STOPPED"

mutants_x__expected__mutmut['_mutmut_orig'] = x__expected__mutmut_orig # type: ignore # mutmut generated
mutants_x__expected__mutmut['x__expected__mutmut_1'] = x__expected__mutmut_1 # type: ignore # mutmut generated
mutants_x__expected__mutmut['x__expected__mutmut_2'] = x__expected__mutmut_2 # type: ignore # mutmut generated
mutants_x__expected__mutmut['x__expected__mutmut_3'] = x__expected__mutmut_3 # type: ignore # mutmut generated
mutants_x__expected__mutmut['x__expected__mutmut_4'] = x__expected__mutmut_4 # type: ignore # mutmut generated
mutants_x__expected__mutmut['x__expected__mutmut_5'] = x__expected__mutmut_5 # type: ignore # mutmut generated
mutants_x__expected__mutmut['x__expected__mutmut_6'] = x__expected__mutmut_6 # type: ignore # mutmut generated
mutants_x__expected__mutmut['x__expected__mutmut_7'] = x__expected__mutmut_7 # type: ignore # mutmut generated
mutants_x__expected__mutmut['x__expected__mutmut_8'] = x__expected__mutmut_8 # type: ignore # mutmut generated


@claim("U-USER-1", observes="upgrade")
def users_containers_running(j: Judgement, u: Upgrade, profile: Profile) -> None:
    """Each of the user's own containers that ran before runs after, as its restart policy says (with
    live-restore, never stopped); one whose policy does not restart it is stopped, as documented.

    Documented: a running container of the user's is running after when its restart policy is always or
        unless-stopped, or with live-restore; otherwise stopped ("Start containers automatically";
        "Live restore", docs.docker.com/engine/daemon/live-restore/)
    Ko documented: 사용자의 컨테이너 가운데 돌던 것은 재시작 정책이 always나 unless-stopped이거나
        live-restore이면
        뒤에도 돌고, 아니면 멈춰 있다
    By hand: docker ps -a --format '{{.Names}} {{.Status}}'
    Title: The user's running containers run again as their policies say
    Ko: 전에 돌던 사용자 자신의 컨테이너는 재시작 정책대로 업그레이드 뒤에도 돈다 (live-restore이면 멈춘
        적이 없다).
    Ko title: 사용자의 컨테이너가 정책대로 다시 돈다
    """
    ran = [t for t in u.before.theirs if t.running]
    if not ran:
        raise Unobservable("upgrade_no_user_container")
    live = seen("live-restore, as the engine said before", u.live_restore)
    for theirs in ran:
        now = u.after.theirs_by(theirs.id)
        state = "gone" if now is None else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


@claim("U-USER-2", observes="upgrade")
def users_ports_answer(j: Judgement, u: Upgrade, profile: Profile) -> None:
    """Each published TCP port of the user's that accepted a connection from this host before accepts
    one after, where its container runs again.

    Documented: each such port accepts a connection from this host after (port publishing,
        docs.docker.com/engine/network/port-publishing/)
    Ko documented: 그런 포트는 모두 뒤에도 이 호스트의 연결을 받는다
    By hand: docker port CONTAINER; nc -w 1 127.0.0.1 PORT
    Title: The user's published ports still answer
    Ko: 전에 이 호스트의 연결을 받던 사용자의 공개 TCP 포트는, 그 컨테이너가 다시 돌면 뒤에도 연결을 받는다.
    Ko title: 사용자의 공개 포트가 여전히 응답한다
    """
    answered = [(t, port) for t in u.before.theirs if t.running for port, ok in t.ports.items() if ok]
    if not answered:
        raise Unobservable("upgrade_no_user_port")
    for theirs, port in answered:
        now = u.after.theirs_by(theirs.id)
        if (
            _expected(theirs.restart, seen("live-restore, as the engine said before", u.live_restore))
            != "running"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


@claim("U-LIVE-1", observes="upgrade")
def live_restore_keeps_containers(j: Judgement, u: Upgrade, profile: Profile) -> None:
    """With live-restore, the containers keep running while the engine is down and is upgraded: none is
    stopped or restarted. Without it, the outage is reported, not judged.

    Documented: with live-restore, each of the suite's containers has, after, the start it had before
        (docs.docker.com/engine/daemon/live-restore/: containers stay running while the daemon is
        unavailable; across upgrades, for patch releases only)
    Ko documented: live-restore이면 스위트의 컨테이너마다 업그레이드 뒤에도 전과 같은 시작 시각을 가진다
        (데몬이
        없는 동안에도 컨테이너는 돈다; 업그레이드는 패치 릴리스 사이에서만)
    By hand: docker inspect -f '{{.State.StartedAt}}' CONTAINER  # before and after
    Title: With live-restore, containers are never stopped
    Ko: live-restore이면 엔진이 내려가 업그레이드되는 동안에도 컨테이너는 계속 돈다.
    Ko title: live-restore이면 컨테이너가 멈추지 않는다
    """
    if not seen("live-restore, as the engine said before", u.live_restore):
        j.cannot_judge("upgrade_live_restore_off")  # its outages follow, reported as data
        for outage in u.outages:
            j.cannot_judge("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)
