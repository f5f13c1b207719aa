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
mutants_x_restart_policy_containers_back__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_restart_policy_containers_back__mutmut)
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


def x_restart_policy_containers_back__mutmut_orig(j: Judgement, u: Upgrade, profile: Profile) -> None:
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


def x_restart_policy_containers_back__mutmut_1(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if u.before.kept:
        raise Unobservable("upgrade_nothing_recorded", what="containers")
    for kept in u.before.kept:
        if not kept.running:
            j.cannot_judge("upgrade_not_running_before", role=kept.role)
            continue
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_2(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable(None, what="containers")
    for kept in u.before.kept:
        if not kept.running:
            j.cannot_judge("upgrade_not_running_before", role=kept.role)
            continue
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_3(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("upgrade_nothing_recorded", what=None)
    for kept in u.before.kept:
        if not kept.running:
            j.cannot_judge("upgrade_not_running_before", role=kept.role)
            continue
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_4(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable(what="containers")
    for kept in u.before.kept:
        if not kept.running:
            j.cannot_judge("upgrade_not_running_before", role=kept.role)
            continue
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_5(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("upgrade_nothing_recorded", )
    for kept in u.before.kept:
        if not kept.running:
            j.cannot_judge("upgrade_not_running_before", role=kept.role)
            continue
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_6(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("XXupgrade_nothing_recordedXX", what="containers")
    for kept in u.before.kept:
        if not kept.running:
            j.cannot_judge("upgrade_not_running_before", role=kept.role)
            continue
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_7(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("UPGRADE_NOTHING_RECORDED", what="containers")
    for kept in u.before.kept:
        if not kept.running:
            j.cannot_judge("upgrade_not_running_before", role=kept.role)
            continue
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_8(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("upgrade_nothing_recorded", what="XXcontainersXX")
    for kept in u.before.kept:
        if not kept.running:
            j.cannot_judge("upgrade_not_running_before", role=kept.role)
            continue
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_9(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("upgrade_nothing_recorded", what="CONTAINERS")
    for kept in u.before.kept:
        if not kept.running:
            j.cannot_judge("upgrade_not_running_before", role=kept.role)
            continue
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_10(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        if kept.running:
            j.cannot_judge("upgrade_not_running_before", role=kept.role)
            continue
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_11(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge(None, role=kept.role)
            continue
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_12(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("upgrade_not_running_before", role=None)
            continue
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_13(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge(role=kept.role)
            continue
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_14(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("upgrade_not_running_before", )
            continue
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_15(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("XXupgrade_not_running_beforeXX", role=kept.role)
            continue
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_16(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("UPGRADE_NOT_RUNNING_BEFORE", role=kept.role)
            continue
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_17(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            break
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_18(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(None, "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_19(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_container_state", None, _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_20(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_container_state", "running", None, role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_21(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), role=None,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_22(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
               restart=None)  # fmt: skip


def x_restart_policy_containers_back__mutmut_23(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_24(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_container_state", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_25(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_container_state", "running", role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_26(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(kept.role)), restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_27(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
               )  # fmt: skip


def x_restart_policy_containers_back__mutmut_28(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("XXupgrade_container_stateXX", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_29(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("UPGRADE_CONTAINER_STATE", "running", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_30(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_container_state", "XXrunningXX", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_31(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_container_state", "RUNNING", _state(u.after.kept_by(kept.role)), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_32(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_container_state", "running", _state(None), role=kept.role,
               restart=kept.restart)  # fmt: skip


def x_restart_policy_containers_back__mutmut_33(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_container_state", "running", _state(u.after.kept_by(None)), role=kept.role,
               restart=kept.restart)  # fmt: skip

mutants_x_restart_policy_containers_back__mutmut['_mutmut_orig'] = x_restart_policy_containers_back__mutmut_orig # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_1'] = x_restart_policy_containers_back__mutmut_1 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_2'] = x_restart_policy_containers_back__mutmut_2 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_3'] = x_restart_policy_containers_back__mutmut_3 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_4'] = x_restart_policy_containers_back__mutmut_4 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_5'] = x_restart_policy_containers_back__mutmut_5 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_6'] = x_restart_policy_containers_back__mutmut_6 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_7'] = x_restart_policy_containers_back__mutmut_7 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_8'] = x_restart_policy_containers_back__mutmut_8 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_9'] = x_restart_policy_containers_back__mutmut_9 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_10'] = x_restart_policy_containers_back__mutmut_10 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_11'] = x_restart_policy_containers_back__mutmut_11 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_12'] = x_restart_policy_containers_back__mutmut_12 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_13'] = x_restart_policy_containers_back__mutmut_13 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_14'] = x_restart_policy_containers_back__mutmut_14 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_15'] = x_restart_policy_containers_back__mutmut_15 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_16'] = x_restart_policy_containers_back__mutmut_16 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_17'] = x_restart_policy_containers_back__mutmut_17 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_18'] = x_restart_policy_containers_back__mutmut_18 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_19'] = x_restart_policy_containers_back__mutmut_19 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_20'] = x_restart_policy_containers_back__mutmut_20 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_21'] = x_restart_policy_containers_back__mutmut_21 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_22'] = x_restart_policy_containers_back__mutmut_22 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_23'] = x_restart_policy_containers_back__mutmut_23 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_24'] = x_restart_policy_containers_back__mutmut_24 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_25'] = x_restart_policy_containers_back__mutmut_25 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_26'] = x_restart_policy_containers_back__mutmut_26 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_27'] = x_restart_policy_containers_back__mutmut_27 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_28'] = x_restart_policy_containers_back__mutmut_28 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_29'] = x_restart_policy_containers_back__mutmut_29 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_30'] = x_restart_policy_containers_back__mutmut_30 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_31'] = x_restart_policy_containers_back__mutmut_31 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_32'] = x_restart_policy_containers_back__mutmut_32 # type: ignore # mutmut generated
mutants_x_restart_policy_containers_back__mutmut['x_restart_policy_containers_back__mutmut_33'] = x_restart_policy_containers_back__mutmut_33 # type: ignore # mutmut generated


claim("U-RESTART-1", observes="upgrade")(restart_policy_containers_back)
mutants_x_networks_keep_their_settings__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_networks_keep_their_settings__mutmut)
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


def x_networks_keep_their_settings__mutmut_orig(j: Judgement, u: Upgrade, profile: Profile) -> None:
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


def x_networks_keep_their_settings__mutmut_1(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if u.before.networks:
        raise Unobservable("upgrade_nothing_recorded", what="networks")
    for network in u.before.networks:
        now = u.after.network(network.role)
        j.fact("upgrade_network_subnet", network.subnet, now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_2(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable(None, what="networks")
    for network in u.before.networks:
        now = u.after.network(network.role)
        j.fact("upgrade_network_subnet", network.subnet, now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_3(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("upgrade_nothing_recorded", what=None)
    for network in u.before.networks:
        now = u.after.network(network.role)
        j.fact("upgrade_network_subnet", network.subnet, now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_4(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable(what="networks")
    for network in u.before.networks:
        now = u.after.network(network.role)
        j.fact("upgrade_network_subnet", network.subnet, now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_5(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("upgrade_nothing_recorded", )
    for network in u.before.networks:
        now = u.after.network(network.role)
        j.fact("upgrade_network_subnet", network.subnet, now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_6(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("XXupgrade_nothing_recordedXX", what="networks")
    for network in u.before.networks:
        now = u.after.network(network.role)
        j.fact("upgrade_network_subnet", network.subnet, now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_7(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("UPGRADE_NOTHING_RECORDED", what="networks")
    for network in u.before.networks:
        now = u.after.network(network.role)
        j.fact("upgrade_network_subnet", network.subnet, now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_8(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("upgrade_nothing_recorded", what="XXnetworksXX")
    for network in u.before.networks:
        now = u.after.network(network.role)
        j.fact("upgrade_network_subnet", network.subnet, now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_9(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("upgrade_nothing_recorded", what="NETWORKS")
    for network in u.before.networks:
        now = u.after.network(network.role)
        j.fact("upgrade_network_subnet", network.subnet, now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_10(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        now = None
        j.fact("upgrade_network_subnet", network.subnet, now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_11(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        now = u.after.network(None)
        j.fact("upgrade_network_subnet", network.subnet, now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_12(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(None, network.subnet, now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_13(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_subnet", None, now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_14(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_subnet", network.subnet, None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_15(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_subnet", network.subnet, now.subnet if now else None, network=None)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_16(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(network.subnet, now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_17(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_subnet", now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_18(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_subnet", network.subnet, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_19(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_subnet", network.subnet, now.subnet if now else None, )
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_20(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("XXupgrade_network_subnetXX", network.subnet, now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_21(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("UPGRADE_NETWORK_SUBNET", network.subnet, now.subnet if now else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_22(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_subnet", network.subnet, now.subnet if (now) and False else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_23(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_subnet", network.subnet, now.subnet if (now) or True else None, network=network.role)
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_24(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(None, network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_25(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_gateway", None, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_26(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_gateway", network.gateway, None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_27(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, network=None)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_28(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_29(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_gateway", now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_30(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_gateway", network.gateway, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_31(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if now else None, )
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_32(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("XXupgrade_network_gatewayXX", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_33(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("UPGRADE_NETWORK_GATEWAY", network.gateway, now.gateway if now else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_34(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if (now) and False else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_35(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_gateway", network.gateway, now.gateway if (now) or True else None, network=network.role)
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_36(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(None, network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_37(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_options", None, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_38(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_options", network.options, None, network=network.role)


def x_networks_keep_their_settings__mutmut_39(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_options", network.options, now.options if now else None, network=None)


def x_networks_keep_their_settings__mutmut_40(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_41(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_options", now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_42(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_options", network.options, network=network.role)


def x_networks_keep_their_settings__mutmut_43(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_options", network.options, now.options if now else None, )


def x_networks_keep_their_settings__mutmut_44(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("XXupgrade_network_optionsXX", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_45(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("UPGRADE_NETWORK_OPTIONS", network.options, now.options if now else None, network=network.role)


def x_networks_keep_their_settings__mutmut_46(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_options", network.options, now.options if (now) and False else None, network=network.role)


def x_networks_keep_their_settings__mutmut_47(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_network_options", network.options, now.options if (now) or True else None, network=network.role)

mutants_x_networks_keep_their_settings__mutmut['_mutmut_orig'] = x_networks_keep_their_settings__mutmut_orig # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_1'] = x_networks_keep_their_settings__mutmut_1 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_2'] = x_networks_keep_their_settings__mutmut_2 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_3'] = x_networks_keep_their_settings__mutmut_3 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_4'] = x_networks_keep_their_settings__mutmut_4 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_5'] = x_networks_keep_their_settings__mutmut_5 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_6'] = x_networks_keep_their_settings__mutmut_6 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_7'] = x_networks_keep_their_settings__mutmut_7 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_8'] = x_networks_keep_their_settings__mutmut_8 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_9'] = x_networks_keep_their_settings__mutmut_9 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_10'] = x_networks_keep_their_settings__mutmut_10 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_11'] = x_networks_keep_their_settings__mutmut_11 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_12'] = x_networks_keep_their_settings__mutmut_12 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_13'] = x_networks_keep_their_settings__mutmut_13 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_14'] = x_networks_keep_their_settings__mutmut_14 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_15'] = x_networks_keep_their_settings__mutmut_15 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_16'] = x_networks_keep_their_settings__mutmut_16 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_17'] = x_networks_keep_their_settings__mutmut_17 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_18'] = x_networks_keep_their_settings__mutmut_18 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_19'] = x_networks_keep_their_settings__mutmut_19 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_20'] = x_networks_keep_their_settings__mutmut_20 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_21'] = x_networks_keep_their_settings__mutmut_21 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_22'] = x_networks_keep_their_settings__mutmut_22 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_23'] = x_networks_keep_their_settings__mutmut_23 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_24'] = x_networks_keep_their_settings__mutmut_24 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_25'] = x_networks_keep_their_settings__mutmut_25 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_26'] = x_networks_keep_their_settings__mutmut_26 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_27'] = x_networks_keep_their_settings__mutmut_27 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_28'] = x_networks_keep_their_settings__mutmut_28 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_29'] = x_networks_keep_their_settings__mutmut_29 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_30'] = x_networks_keep_their_settings__mutmut_30 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_31'] = x_networks_keep_their_settings__mutmut_31 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_32'] = x_networks_keep_their_settings__mutmut_32 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_33'] = x_networks_keep_their_settings__mutmut_33 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_34'] = x_networks_keep_their_settings__mutmut_34 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_35'] = x_networks_keep_their_settings__mutmut_35 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_36'] = x_networks_keep_their_settings__mutmut_36 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_37'] = x_networks_keep_their_settings__mutmut_37 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_38'] = x_networks_keep_their_settings__mutmut_38 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_39'] = x_networks_keep_their_settings__mutmut_39 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_40'] = x_networks_keep_their_settings__mutmut_40 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_41'] = x_networks_keep_their_settings__mutmut_41 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_42'] = x_networks_keep_their_settings__mutmut_42 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_43'] = x_networks_keep_their_settings__mutmut_43 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_44'] = x_networks_keep_their_settings__mutmut_44 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_45'] = x_networks_keep_their_settings__mutmut_45 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_46'] = x_networks_keep_their_settings__mutmut_46 # type: ignore # mutmut generated
mutants_x_networks_keep_their_settings__mutmut['x_networks_keep_their_settings__mutmut_47'] = x_networks_keep_their_settings__mutmut_47 # type: ignore # mutmut generated


claim("U-UNET-1", observes="upgrade")(networks_keep_their_settings)
mutants_x_given_address_kept__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_given_address_kept__mutmut)
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


def x_given_address_kept__mutmut_orig(j: Judgement, u: Upgrade, profile: Profile) -> None:
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


def x_given_address_kept__mutmut_1(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    given = None
    if not given:
        raise Unobservable("upgrade_nothing_given")
    for kept, network, address in given:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_given_address", address, now.addresses.get(network) if now else None, role=kept.role)


def x_given_address_kept__mutmut_2(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if given:
        raise Unobservable("upgrade_nothing_given")
    for kept, network, address in given:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_given_address", address, now.addresses.get(network) if now else None, role=kept.role)


def x_given_address_kept__mutmut_3(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable(None)
    for kept, network, address in given:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_given_address", address, now.addresses.get(network) if now else None, role=kept.role)


def x_given_address_kept__mutmut_4(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("XXupgrade_nothing_givenXX")
    for kept, network, address in given:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_given_address", address, now.addresses.get(network) if now else None, role=kept.role)


def x_given_address_kept__mutmut_5(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("UPGRADE_NOTHING_GIVEN")
    for kept, network, address in given:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_given_address", address, now.addresses.get(network) if now else None, role=kept.role)


def x_given_address_kept__mutmut_6(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        now = None
        j.fact("upgrade_given_address", address, now.addresses.get(network) if now else None, role=kept.role)


def x_given_address_kept__mutmut_7(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        now = u.after.kept_by(None)
        j.fact("upgrade_given_address", address, now.addresses.get(network) if now else None, role=kept.role)


def x_given_address_kept__mutmut_8(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(None, address, now.addresses.get(network) if now else None, role=kept.role)


def x_given_address_kept__mutmut_9(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_given_address", None, now.addresses.get(network) if now else None, role=kept.role)


def x_given_address_kept__mutmut_10(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_given_address", address, None, role=kept.role)


def x_given_address_kept__mutmut_11(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_given_address", address, now.addresses.get(network) if now else None, role=None)


def x_given_address_kept__mutmut_12(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(address, now.addresses.get(network) if now else None, role=kept.role)


def x_given_address_kept__mutmut_13(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_given_address", now.addresses.get(network) if now else None, role=kept.role)


def x_given_address_kept__mutmut_14(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_given_address", address, role=kept.role)


def x_given_address_kept__mutmut_15(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_given_address", address, now.addresses.get(network) if now else None, )


def x_given_address_kept__mutmut_16(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("XXupgrade_given_addressXX", address, now.addresses.get(network) if now else None, role=kept.role)


def x_given_address_kept__mutmut_17(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("UPGRADE_GIVEN_ADDRESS", address, now.addresses.get(network) if now else None, role=kept.role)


def x_given_address_kept__mutmut_18(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_given_address", address, now.addresses.get(network) if (now) and False else None, role=kept.role)


def x_given_address_kept__mutmut_19(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_given_address", address, now.addresses.get(network) if (now) or True else None, role=kept.role)


def x_given_address_kept__mutmut_20(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_given_address", address, now.addresses.get(None) if now else None, role=kept.role)

mutants_x_given_address_kept__mutmut['_mutmut_orig'] = x_given_address_kept__mutmut_orig # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_1'] = x_given_address_kept__mutmut_1 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_2'] = x_given_address_kept__mutmut_2 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_3'] = x_given_address_kept__mutmut_3 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_4'] = x_given_address_kept__mutmut_4 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_5'] = x_given_address_kept__mutmut_5 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_6'] = x_given_address_kept__mutmut_6 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_7'] = x_given_address_kept__mutmut_7 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_8'] = x_given_address_kept__mutmut_8 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_9'] = x_given_address_kept__mutmut_9 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_10'] = x_given_address_kept__mutmut_10 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_11'] = x_given_address_kept__mutmut_11 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_12'] = x_given_address_kept__mutmut_12 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_13'] = x_given_address_kept__mutmut_13 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_14'] = x_given_address_kept__mutmut_14 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_15'] = x_given_address_kept__mutmut_15 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_16'] = x_given_address_kept__mutmut_16 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_17'] = x_given_address_kept__mutmut_17 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_18'] = x_given_address_kept__mutmut_18 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_19'] = x_given_address_kept__mutmut_19 # type: ignore # mutmut generated
mutants_x_given_address_kept__mutmut['x_given_address_kept__mutmut_20'] = x_given_address_kept__mutmut_20 # type: ignore # mutmut generated


claim("U-UNET-2", observes="upgrade")(given_address_kept)
mutants_x_published_ports_on_loopback__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_published_ports_on_loopback__mutmut)
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


def x_published_ports_on_loopback__mutmut_orig(j: Judgement, u: Upgrade, profile: Profile) -> None:
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


def x_published_ports_on_loopback__mutmut_1(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(None, u, "loopback", "upgrade_answers")


def x_published_ports_on_loopback__mutmut_2(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, None, "loopback", "upgrade_answers")


def x_published_ports_on_loopback__mutmut_3(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, None, "upgrade_answers")


def x_published_ports_on_loopback__mutmut_4(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "loopback", None)


def x_published_ports_on_loopback__mutmut_5(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(u, "loopback", "upgrade_answers")


def x_published_ports_on_loopback__mutmut_6(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, "loopback", "upgrade_answers")


def x_published_ports_on_loopback__mutmut_7(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "upgrade_answers")


def x_published_ports_on_loopback__mutmut_8(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "loopback", )


def x_published_ports_on_loopback__mutmut_9(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "XXloopbackXX", "upgrade_answers")


def x_published_ports_on_loopback__mutmut_10(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "LOOPBACK", "upgrade_answers")


def x_published_ports_on_loopback__mutmut_11(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "loopback", "XXupgrade_answersXX")


def x_published_ports_on_loopback__mutmut_12(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "loopback", "UPGRADE_ANSWERS")

mutants_x_published_ports_on_loopback__mutmut['_mutmut_orig'] = x_published_ports_on_loopback__mutmut_orig # type: ignore # mutmut generated
mutants_x_published_ports_on_loopback__mutmut['x_published_ports_on_loopback__mutmut_1'] = x_published_ports_on_loopback__mutmut_1 # type: ignore # mutmut generated
mutants_x_published_ports_on_loopback__mutmut['x_published_ports_on_loopback__mutmut_2'] = x_published_ports_on_loopback__mutmut_2 # type: ignore # mutmut generated
mutants_x_published_ports_on_loopback__mutmut['x_published_ports_on_loopback__mutmut_3'] = x_published_ports_on_loopback__mutmut_3 # type: ignore # mutmut generated
mutants_x_published_ports_on_loopback__mutmut['x_published_ports_on_loopback__mutmut_4'] = x_published_ports_on_loopback__mutmut_4 # type: ignore # mutmut generated
mutants_x_published_ports_on_loopback__mutmut['x_published_ports_on_loopback__mutmut_5'] = x_published_ports_on_loopback__mutmut_5 # type: ignore # mutmut generated
mutants_x_published_ports_on_loopback__mutmut['x_published_ports_on_loopback__mutmut_6'] = x_published_ports_on_loopback__mutmut_6 # type: ignore # mutmut generated
mutants_x_published_ports_on_loopback__mutmut['x_published_ports_on_loopback__mutmut_7'] = x_published_ports_on_loopback__mutmut_7 # type: ignore # mutmut generated
mutants_x_published_ports_on_loopback__mutmut['x_published_ports_on_loopback__mutmut_8'] = x_published_ports_on_loopback__mutmut_8 # type: ignore # mutmut generated
mutants_x_published_ports_on_loopback__mutmut['x_published_ports_on_loopback__mutmut_9'] = x_published_ports_on_loopback__mutmut_9 # type: ignore # mutmut generated
mutants_x_published_ports_on_loopback__mutmut['x_published_ports_on_loopback__mutmut_10'] = x_published_ports_on_loopback__mutmut_10 # type: ignore # mutmut generated
mutants_x_published_ports_on_loopback__mutmut['x_published_ports_on_loopback__mutmut_11'] = x_published_ports_on_loopback__mutmut_11 # type: ignore # mutmut generated
mutants_x_published_ports_on_loopback__mutmut['x_published_ports_on_loopback__mutmut_12'] = x_published_ports_on_loopback__mutmut_12 # type: ignore # mutmut generated


claim("U-UPORT-1", observes="upgrade")(published_ports_on_loopback)
mutants_x_published_port_from_another_host__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_published_port_from_another_host__mutmut)
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


def x_published_port_from_another_host__mutmut_orig(j: Judgement, u: Upgrade, profile: Profile) -> None:
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


def x_published_port_from_another_host__mutmut_1(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    before, after = None
    switched = before != after and "-P FORWARD DROP" in u.after.forward  # the policy left as it was
    tried_again(j, u, "another host", "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_2(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    before, after = (s.engine.get(None) for s in (u.before, u.after))
    switched = before != after and "-P FORWARD DROP" in u.after.forward  # the policy left as it was
    tried_again(j, u, "another host", "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_3(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    before, after = (s.engine.get("XXfirewall_backendXX") for s in (u.before, u.after))
    switched = before != after and "-P FORWARD DROP" in u.after.forward  # the policy left as it was
    tried_again(j, u, "another host", "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_4(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    before, after = (s.engine.get("FIREWALL_BACKEND") for s in (u.before, u.after))
    switched = before != after and "-P FORWARD DROP" in u.after.forward  # the policy left as it was
    tried_again(j, u, "another host", "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_5(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    switched = None  # the policy left as it was
    tried_again(j, u, "another host", "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_6(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    switched = before != after or "-P FORWARD DROP" in u.after.forward  # the policy left as it was
    tried_again(j, u, "another host", "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_7(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    switched = before == after and "-P FORWARD DROP" in u.after.forward  # the policy left as it was
    tried_again(j, u, "another host", "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_8(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    switched = before != after and "XX-P FORWARD DROPXX" in u.after.forward  # the policy left as it was
    tried_again(j, u, "another host", "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_9(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    switched = before != after and "-p forward drop" in u.after.forward  # the policy left as it was
    tried_again(j, u, "another host", "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_10(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    switched = before != after and "-P FORWARD DROP" not in u.after.forward  # the policy left as it was
    tried_again(j, u, "another host", "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_11(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(None, u, "another host", "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_12(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, None, "another host", "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_13(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, None, "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_14(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "another host", None, "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_15(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "another host", "upgrade_answers", None)


def x_published_port_from_another_host__mutmut_16(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(u, "another host", "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_17(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, "another host", "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_18(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_19(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "another host", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_20(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "another host", "upgrade_answers", )


def x_published_port_from_another_host__mutmut_21(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "XXanother hostXX", "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_22(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "ANOTHER HOST", "upgrade_answers", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_23(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "another host", "XXupgrade_answersXX", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_24(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "another host", "UPGRADE_ANSWERS", "reach.published_after_switch" if switched else None)


def x_published_port_from_another_host__mutmut_25(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "another host", "upgrade_answers", "reach.published_after_switch" if (switched) and False else None)


def x_published_port_from_another_host__mutmut_26(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "another host", "upgrade_answers", "reach.published_after_switch" if (switched) or True else None)


def x_published_port_from_another_host__mutmut_27(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "another host", "upgrade_answers", "XXreach.published_after_switchXX" if switched else None)


def x_published_port_from_another_host__mutmut_28(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "another host", "upgrade_answers", "REACH.PUBLISHED_AFTER_SWITCH" if switched else None)

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


claim("U-UPORT-2", observes="upgrade")(published_port_from_another_host)
mutants_x_names_still_resolve__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_names_still_resolve__mutmut)
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


def x_names_still_resolve__mutmut_orig(j: Judgement, u: Upgrade, profile: Profile) -> None:
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


def x_names_still_resolve__mutmut_1(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(None, u, "name", "upgrade_resolves")


def x_names_still_resolve__mutmut_2(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, None, "name", "upgrade_resolves")


def x_names_still_resolve__mutmut_3(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, None, "upgrade_resolves")


def x_names_still_resolve__mutmut_4(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "name", None)


def x_names_still_resolve__mutmut_5(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(u, "name", "upgrade_resolves")


def x_names_still_resolve__mutmut_6(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, "name", "upgrade_resolves")


def x_names_still_resolve__mutmut_7(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "upgrade_resolves")


def x_names_still_resolve__mutmut_8(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "name", )


def x_names_still_resolve__mutmut_9(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "XXnameXX", "upgrade_resolves")


def x_names_still_resolve__mutmut_10(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "NAME", "upgrade_resolves")


def x_names_still_resolve__mutmut_11(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "name", "XXupgrade_resolvesXX")


def x_names_still_resolve__mutmut_12(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    tried_again(j, u, "name", "UPGRADE_RESOLVES")

mutants_x_names_still_resolve__mutmut['_mutmut_orig'] = x_names_still_resolve__mutmut_orig # type: ignore # mutmut generated
mutants_x_names_still_resolve__mutmut['x_names_still_resolve__mutmut_1'] = x_names_still_resolve__mutmut_1 # type: ignore # mutmut generated
mutants_x_names_still_resolve__mutmut['x_names_still_resolve__mutmut_2'] = x_names_still_resolve__mutmut_2 # type: ignore # mutmut generated
mutants_x_names_still_resolve__mutmut['x_names_still_resolve__mutmut_3'] = x_names_still_resolve__mutmut_3 # type: ignore # mutmut generated
mutants_x_names_still_resolve__mutmut['x_names_still_resolve__mutmut_4'] = x_names_still_resolve__mutmut_4 # type: ignore # mutmut generated
mutants_x_names_still_resolve__mutmut['x_names_still_resolve__mutmut_5'] = x_names_still_resolve__mutmut_5 # type: ignore # mutmut generated
mutants_x_names_still_resolve__mutmut['x_names_still_resolve__mutmut_6'] = x_names_still_resolve__mutmut_6 # type: ignore # mutmut generated
mutants_x_names_still_resolve__mutmut['x_names_still_resolve__mutmut_7'] = x_names_still_resolve__mutmut_7 # type: ignore # mutmut generated
mutants_x_names_still_resolve__mutmut['x_names_still_resolve__mutmut_8'] = x_names_still_resolve__mutmut_8 # type: ignore # mutmut generated
mutants_x_names_still_resolve__mutmut['x_names_still_resolve__mutmut_9'] = x_names_still_resolve__mutmut_9 # type: ignore # mutmut generated
mutants_x_names_still_resolve__mutmut['x_names_still_resolve__mutmut_10'] = x_names_still_resolve__mutmut_10 # type: ignore # mutmut generated
mutants_x_names_still_resolve__mutmut['x_names_still_resolve__mutmut_11'] = x_names_still_resolve__mutmut_11 # type: ignore # mutmut generated
mutants_x_names_still_resolve__mutmut['x_names_still_resolve__mutmut_12'] = x_names_still_resolve__mutmut_12 # type: ignore # mutmut generated


claim("U-UDNS-1", observes="upgrade")(names_still_resolve)
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
mutants_x_users_containers_running__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_users_containers_running__mutmut)
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


def x_users_containers_running__mutmut_orig(j: Judgement, u: Upgrade, profile: Profile) -> None:
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


def x_users_containers_running__mutmut_1(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    ran = None
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


def x_users_containers_running__mutmut_2(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if ran:
        raise Unobservable("upgrade_no_user_container")
    live = seen("live-restore, as the engine said before", u.live_restore)
    for theirs in ran:
        now = u.after.theirs_by(theirs.id)
        state = "gone" if now is None else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_3(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable(None)
    live = seen("live-restore, as the engine said before", u.live_restore)
    for theirs in ran:
        now = u.after.theirs_by(theirs.id)
        state = "gone" if now is None else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_4(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("XXupgrade_no_user_containerXX")
    live = seen("live-restore, as the engine said before", u.live_restore)
    for theirs in ran:
        now = u.after.theirs_by(theirs.id)
        state = "gone" if now is None else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_5(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("UPGRADE_NO_USER_CONTAINER")
    live = seen("live-restore, as the engine said before", u.live_restore)
    for theirs in ran:
        now = u.after.theirs_by(theirs.id)
        state = "gone" if now is None else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_6(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    live = None
    for theirs in ran:
        now = u.after.theirs_by(theirs.id)
        state = "gone" if now is None else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_7(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    live = seen(None, u.live_restore)
    for theirs in ran:
        now = u.after.theirs_by(theirs.id)
        state = "gone" if now is None else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_8(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    live = seen("live-restore, as the engine said before", None)
    for theirs in ran:
        now = u.after.theirs_by(theirs.id)
        state = "gone" if now is None else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_9(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    live = seen(u.live_restore)
    for theirs in ran:
        now = u.after.theirs_by(theirs.id)
        state = "gone" if now is None else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_10(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    live = seen("live-restore, as the engine said before", )
    for theirs in ran:
        now = u.after.theirs_by(theirs.id)
        state = "gone" if now is None else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_11(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    live = seen("XXlive-restore, as the engine said beforeXX", u.live_restore)
    for theirs in ran:
        now = u.after.theirs_by(theirs.id)
        state = "gone" if now is None else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_12(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    live = seen("LIVE-RESTORE, AS THE ENGINE SAID BEFORE", u.live_restore)
    for theirs in ran:
        now = u.after.theirs_by(theirs.id)
        state = "gone" if now is None else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_13(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        now = None
        state = "gone" if now is None else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_14(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        now = u.after.theirs_by(None)
        state = "gone" if now is None else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_15(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        state = None
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_16(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        state = "gone" if (now is None) and False else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_17(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        state = "gone" if (now is None) or True else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_18(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        state = "XXgoneXX" if now is None else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_19(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        state = "GONE" if now is None else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_20(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        state = "gone" if now is not None else "running" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_21(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        state = "gone" if now is None else "running" if (now.running) and False else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_22(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        state = "gone" if now is None else "running" if (now.running) or True else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_23(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        state = "gone" if now is None else "XXrunningXX" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_24(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        state = "gone" if now is None else "RUNNING" if now.running else "stopped"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_25(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        state = "gone" if now is None else "running" if now.running else "XXstoppedXX"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_26(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        state = "gone" if now is None else "running" if now.running else "STOPPED"
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_27(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(None, _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_28(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_container", None, state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_29(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_container", _expected(theirs.restart, live), None, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_30(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, name=None,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_31(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
               restart=None)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_32(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(_expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_33(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_container", state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_34(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_container", _expected(theirs.restart, live), name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_35(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_container", _expected(theirs.restart, live), state, restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_36(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
               )  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_37(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("XXupgrade_user_containerXX", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_38(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("UPGRADE_USER_CONTAINER", _expected(theirs.restart, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_39(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_container", _expected(None, live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_40(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_container", _expected(theirs.restart, None), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_41(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_container", _expected(live), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_42(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_container", _expected(theirs.restart, ), state, name=theirs.name,
               restart=theirs.restart)  # fmt: skip
        if live and now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_43(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        if live or now is not None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_44(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        if live and now is None:
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_45(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.fact(None, theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_46(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.fact("upgrade_never_stopped", None, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_47(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.fact("upgrade_never_stopped", theirs.started_at, None, name=theirs.name)


def x_users_containers_running__mutmut_48(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, name=None)


def x_users_containers_running__mutmut_49(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.fact(theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_50(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.fact("upgrade_never_stopped", now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_51(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.fact("upgrade_never_stopped", theirs.started_at, name=theirs.name)


def x_users_containers_running__mutmut_52(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.fact("upgrade_never_stopped", theirs.started_at, now.started_at, )


def x_users_containers_running__mutmut_53(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.fact("XXupgrade_never_stoppedXX", theirs.started_at, now.started_at, name=theirs.name)


def x_users_containers_running__mutmut_54(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.fact("UPGRADE_NEVER_STOPPED", theirs.started_at, now.started_at, name=theirs.name)

mutants_x_users_containers_running__mutmut['_mutmut_orig'] = x_users_containers_running__mutmut_orig # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_1'] = x_users_containers_running__mutmut_1 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_2'] = x_users_containers_running__mutmut_2 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_3'] = x_users_containers_running__mutmut_3 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_4'] = x_users_containers_running__mutmut_4 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_5'] = x_users_containers_running__mutmut_5 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_6'] = x_users_containers_running__mutmut_6 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_7'] = x_users_containers_running__mutmut_7 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_8'] = x_users_containers_running__mutmut_8 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_9'] = x_users_containers_running__mutmut_9 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_10'] = x_users_containers_running__mutmut_10 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_11'] = x_users_containers_running__mutmut_11 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_12'] = x_users_containers_running__mutmut_12 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_13'] = x_users_containers_running__mutmut_13 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_14'] = x_users_containers_running__mutmut_14 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_15'] = x_users_containers_running__mutmut_15 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_16'] = x_users_containers_running__mutmut_16 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_17'] = x_users_containers_running__mutmut_17 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_18'] = x_users_containers_running__mutmut_18 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_19'] = x_users_containers_running__mutmut_19 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_20'] = x_users_containers_running__mutmut_20 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_21'] = x_users_containers_running__mutmut_21 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_22'] = x_users_containers_running__mutmut_22 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_23'] = x_users_containers_running__mutmut_23 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_24'] = x_users_containers_running__mutmut_24 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_25'] = x_users_containers_running__mutmut_25 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_26'] = x_users_containers_running__mutmut_26 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_27'] = x_users_containers_running__mutmut_27 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_28'] = x_users_containers_running__mutmut_28 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_29'] = x_users_containers_running__mutmut_29 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_30'] = x_users_containers_running__mutmut_30 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_31'] = x_users_containers_running__mutmut_31 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_32'] = x_users_containers_running__mutmut_32 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_33'] = x_users_containers_running__mutmut_33 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_34'] = x_users_containers_running__mutmut_34 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_35'] = x_users_containers_running__mutmut_35 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_36'] = x_users_containers_running__mutmut_36 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_37'] = x_users_containers_running__mutmut_37 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_38'] = x_users_containers_running__mutmut_38 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_39'] = x_users_containers_running__mutmut_39 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_40'] = x_users_containers_running__mutmut_40 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_41'] = x_users_containers_running__mutmut_41 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_42'] = x_users_containers_running__mutmut_42 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_43'] = x_users_containers_running__mutmut_43 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_44'] = x_users_containers_running__mutmut_44 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_45'] = x_users_containers_running__mutmut_45 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_46'] = x_users_containers_running__mutmut_46 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_47'] = x_users_containers_running__mutmut_47 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_48'] = x_users_containers_running__mutmut_48 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_49'] = x_users_containers_running__mutmut_49 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_50'] = x_users_containers_running__mutmut_50 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_51'] = x_users_containers_running__mutmut_51 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_52'] = x_users_containers_running__mutmut_52 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_53'] = x_users_containers_running__mutmut_53 # type: ignore # mutmut generated
mutants_x_users_containers_running__mutmut['x_users_containers_running__mutmut_54'] = x_users_containers_running__mutmut_54 # type: ignore # mutmut generated


claim("U-USER-1", observes="upgrade")(users_containers_running)
mutants_x_users_ports_answer__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_users_ports_answer__mutmut)
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


def x_users_ports_answer__mutmut_orig(j: Judgement, u: Upgrade, profile: Profile) -> None:
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


def x_users_ports_answer__mutmut_1(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    answered = None
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


def x_users_ports_answer__mutmut_2(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if answered:
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


def x_users_ports_answer__mutmut_3(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable(None)
    for theirs, port in answered:
        now = u.after.theirs_by(theirs.id)
        if (
            _expected(theirs.restart, seen("live-restore, as the engine said before", u.live_restore))
            != "running"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_4(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("XXupgrade_no_user_portXX")
    for theirs, port in answered:
        now = u.after.theirs_by(theirs.id)
        if (
            _expected(theirs.restart, seen("live-restore, as the engine said before", u.live_restore))
            != "running"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_5(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        raise Unobservable("UPGRADE_NO_USER_PORT")
    for theirs, port in answered:
        now = u.after.theirs_by(theirs.id)
        if (
            _expected(theirs.restart, seen("live-restore, as the engine said before", u.live_restore))
            != "running"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_6(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        now = None
        if (
            _expected(theirs.restart, seen("live-restore, as the engine said before", u.live_restore))
            != "running"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_7(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        now = u.after.theirs_by(None)
        if (
            _expected(theirs.restart, seen("live-restore, as the engine said before", u.live_restore))
            != "running"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_8(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            _expected(None, seen("live-restore, as the engine said before", u.live_restore))
            != "running"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_9(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            _expected(theirs.restart, None)
            != "running"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_10(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            _expected(seen("live-restore, as the engine said before", u.live_restore))
            != "running"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_11(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            _expected(theirs.restart, )
            != "running"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_12(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            _expected(theirs.restart, seen(None, u.live_restore))
            != "running"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_13(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            _expected(theirs.restart, seen("live-restore, as the engine said before", None))
            != "running"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_14(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            _expected(theirs.restart, seen(u.live_restore))
            != "running"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_15(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            _expected(theirs.restart, seen("live-restore, as the engine said before", ))
            != "running"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_16(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            _expected(theirs.restart, seen("XXlive-restore, as the engine said beforeXX", u.live_restore))
            != "running"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_17(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            _expected(theirs.restart, seen("LIVE-RESTORE, AS THE ENGINE SAID BEFORE", u.live_restore))
            != "running"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_18(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            _expected(theirs.restart, seen("live-restore, as the engine said before", u.live_restore)) == "running"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_19(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            != "XXrunningXX"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_20(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            != "RUNNING"
        ):
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_21(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge(None, name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_22(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("upgrade_port_not_expected", name=None, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_23(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=None, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_24(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, restart=None)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_25(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge(name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_26(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("upgrade_port_not_expected", port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_27(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_28(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("upgrade_port_not_expected", name=theirs.name, port=port, )
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_29(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("XXupgrade_port_not_expectedXX", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_30(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("UPGRADE_PORT_NOT_EXPECTED", name=theirs.name, port=port, restart=theirs.restart)
            continue
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_31(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            break
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_32(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(None, True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_33(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_port", None, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_34(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_port", True, None, name=theirs.name, port=port)


def x_users_ports_answer__mutmut_35(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=None, port=port)


def x_users_ports_answer__mutmut_36(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, port=None)


def x_users_ports_answer__mutmut_37(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_38(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_port", bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_39(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_port", True, name=theirs.name, port=port)


def x_users_ports_answer__mutmut_40(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), port=port)


def x_users_ports_answer__mutmut_41(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(port)), name=theirs.name, )


def x_users_ports_answer__mutmut_42(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("XXupgrade_user_portXX", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_43(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("UPGRADE_USER_PORT", True, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_44(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_port", False, bool(now and now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_45(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_port", True, bool(None), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_46(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_port", True, bool(now or now.ports.get(port)), name=theirs.name, port=port)


def x_users_ports_answer__mutmut_47(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_user_port", True, bool(now and now.ports.get(None)), name=theirs.name, port=port)

mutants_x_users_ports_answer__mutmut['_mutmut_orig'] = x_users_ports_answer__mutmut_orig # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_1'] = x_users_ports_answer__mutmut_1 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_2'] = x_users_ports_answer__mutmut_2 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_3'] = x_users_ports_answer__mutmut_3 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_4'] = x_users_ports_answer__mutmut_4 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_5'] = x_users_ports_answer__mutmut_5 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_6'] = x_users_ports_answer__mutmut_6 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_7'] = x_users_ports_answer__mutmut_7 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_8'] = x_users_ports_answer__mutmut_8 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_9'] = x_users_ports_answer__mutmut_9 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_10'] = x_users_ports_answer__mutmut_10 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_11'] = x_users_ports_answer__mutmut_11 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_12'] = x_users_ports_answer__mutmut_12 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_13'] = x_users_ports_answer__mutmut_13 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_14'] = x_users_ports_answer__mutmut_14 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_15'] = x_users_ports_answer__mutmut_15 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_16'] = x_users_ports_answer__mutmut_16 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_17'] = x_users_ports_answer__mutmut_17 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_18'] = x_users_ports_answer__mutmut_18 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_19'] = x_users_ports_answer__mutmut_19 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_20'] = x_users_ports_answer__mutmut_20 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_21'] = x_users_ports_answer__mutmut_21 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_22'] = x_users_ports_answer__mutmut_22 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_23'] = x_users_ports_answer__mutmut_23 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_24'] = x_users_ports_answer__mutmut_24 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_25'] = x_users_ports_answer__mutmut_25 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_26'] = x_users_ports_answer__mutmut_26 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_27'] = x_users_ports_answer__mutmut_27 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_28'] = x_users_ports_answer__mutmut_28 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_29'] = x_users_ports_answer__mutmut_29 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_30'] = x_users_ports_answer__mutmut_30 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_31'] = x_users_ports_answer__mutmut_31 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_32'] = x_users_ports_answer__mutmut_32 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_33'] = x_users_ports_answer__mutmut_33 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_34'] = x_users_ports_answer__mutmut_34 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_35'] = x_users_ports_answer__mutmut_35 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_36'] = x_users_ports_answer__mutmut_36 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_37'] = x_users_ports_answer__mutmut_37 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_38'] = x_users_ports_answer__mutmut_38 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_39'] = x_users_ports_answer__mutmut_39 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_40'] = x_users_ports_answer__mutmut_40 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_41'] = x_users_ports_answer__mutmut_41 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_42'] = x_users_ports_answer__mutmut_42 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_43'] = x_users_ports_answer__mutmut_43 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_44'] = x_users_ports_answer__mutmut_44 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_45'] = x_users_ports_answer__mutmut_45 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_46'] = x_users_ports_answer__mutmut_46 # type: ignore # mutmut generated
mutants_x_users_ports_answer__mutmut['x_users_ports_answer__mutmut_47'] = x_users_ports_answer__mutmut_47 # type: ignore # mutmut generated


claim("U-USER-2", observes="upgrade")(users_ports_answer)
mutants_x_live_restore_keeps_containers__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_live_restore_keeps_containers__mutmut)
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


def x_live_restore_keeps_containers__mutmut_orig(j: Judgement, u: Upgrade, profile: Profile) -> None:
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


def x_live_restore_keeps_containers__mutmut_1(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if seen("live-restore, as the engine said before", u.live_restore):
        j.cannot_judge("upgrade_live_restore_off")  # its outages follow, reported as data
        for outage in u.outages:
            j.cannot_judge("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_2(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if not seen(None, u.live_restore):
        j.cannot_judge("upgrade_live_restore_off")  # its outages follow, reported as data
        for outage in u.outages:
            j.cannot_judge("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_3(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if not seen("live-restore, as the engine said before", None):
        j.cannot_judge("upgrade_live_restore_off")  # its outages follow, reported as data
        for outage in u.outages:
            j.cannot_judge("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_4(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if not seen(u.live_restore):
        j.cannot_judge("upgrade_live_restore_off")  # its outages follow, reported as data
        for outage in u.outages:
            j.cannot_judge("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_5(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if not seen("live-restore, as the engine said before", ):
        j.cannot_judge("upgrade_live_restore_off")  # its outages follow, reported as data
        for outage in u.outages:
            j.cannot_judge("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_6(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if not seen("XXlive-restore, as the engine said beforeXX", u.live_restore):
        j.cannot_judge("upgrade_live_restore_off")  # its outages follow, reported as data
        for outage in u.outages:
            j.cannot_judge("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_7(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
    if not seen("LIVE-RESTORE, AS THE ENGINE SAID BEFORE", u.live_restore):
        j.cannot_judge("upgrade_live_restore_off")  # its outages follow, reported as data
        for outage in u.outages:
            j.cannot_judge("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_8(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.cannot_judge(None)  # its outages follow, reported as data
        for outage in u.outages:
            j.cannot_judge("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_9(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.cannot_judge("XXupgrade_live_restore_offXX")  # its outages follow, reported as data
        for outage in u.outages:
            j.cannot_judge("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_10(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.cannot_judge("UPGRADE_LIVE_RESTORE_OFF")  # its outages follow, reported as data
        for outage in u.outages:
            j.cannot_judge("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_11(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge(None, what=outage.what, target=outage.target, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_12(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("upgrade_outage", what=None, target=outage.target, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_13(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("upgrade_outage", what=outage.what, target=None, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_14(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("upgrade_outage", what=outage.what, target=outage.target, seconds=None)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_15(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge(what=outage.what, target=outage.target, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_16(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("upgrade_outage", target=outage.target, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_17(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("upgrade_outage", what=outage.what, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_18(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("upgrade_outage", what=outage.what, target=outage.target, )
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_19(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("XXupgrade_outageXX", what=outage.what, target=outage.target, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_20(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
            j.cannot_judge("UPGRADE_OUTAGE", what=outage.what, target=outage.target, seconds=outage.longest)
        return
    for kept in u.before.kept:
        now = u.after.kept_by(kept.role)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_21(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        now = None
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_22(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        now = u.after.kept_by(None)
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_23(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(None, kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_24(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_never_stopped", None, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_25(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_never_stopped", kept.started_at, None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_26(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, name=None)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_27(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact(kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_28(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_never_stopped", now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_29(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_never_stopped", kept.started_at, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_30(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if now else None, )
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_31(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("XXupgrade_never_stoppedXX", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_32(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("UPGRADE_NEVER_STOPPED", kept.started_at, now.started_at if now else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_33(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if (now) and False else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_34(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.fact("upgrade_never_stopped", kept.started_at, now.started_at if (now) or True else None, name=kept.role)
    for outage in u.outages:
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_35(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.note(None, what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_36(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.note("upgrade_outage", what=None, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_37(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.note("upgrade_outage", what=outage.what, target=None, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_38(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.note("upgrade_outage", what=outage.what, target=outage.target, seconds=None)


def x_live_restore_keeps_containers__mutmut_39(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.note(what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_40(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.note("upgrade_outage", target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_41(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.note("upgrade_outage", what=outage.what, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_42(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.note("upgrade_outage", what=outage.what, target=outage.target, )


def x_live_restore_keeps_containers__mutmut_43(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.note("XXupgrade_outageXX", what=outage.what, target=outage.target, seconds=outage.longest)


def x_live_restore_keeps_containers__mutmut_44(j: Judgement, u: Upgrade, profile: Profile) -> None:
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
        j.note("UPGRADE_OUTAGE", what=outage.what, target=outage.target, seconds=outage.longest)

mutants_x_live_restore_keeps_containers__mutmut['_mutmut_orig'] = x_live_restore_keeps_containers__mutmut_orig # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_1'] = x_live_restore_keeps_containers__mutmut_1 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_2'] = x_live_restore_keeps_containers__mutmut_2 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_3'] = x_live_restore_keeps_containers__mutmut_3 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_4'] = x_live_restore_keeps_containers__mutmut_4 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_5'] = x_live_restore_keeps_containers__mutmut_5 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_6'] = x_live_restore_keeps_containers__mutmut_6 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_7'] = x_live_restore_keeps_containers__mutmut_7 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_8'] = x_live_restore_keeps_containers__mutmut_8 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_9'] = x_live_restore_keeps_containers__mutmut_9 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_10'] = x_live_restore_keeps_containers__mutmut_10 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_11'] = x_live_restore_keeps_containers__mutmut_11 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_12'] = x_live_restore_keeps_containers__mutmut_12 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_13'] = x_live_restore_keeps_containers__mutmut_13 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_14'] = x_live_restore_keeps_containers__mutmut_14 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_15'] = x_live_restore_keeps_containers__mutmut_15 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_16'] = x_live_restore_keeps_containers__mutmut_16 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_17'] = x_live_restore_keeps_containers__mutmut_17 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_18'] = x_live_restore_keeps_containers__mutmut_18 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_19'] = x_live_restore_keeps_containers__mutmut_19 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_20'] = x_live_restore_keeps_containers__mutmut_20 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_21'] = x_live_restore_keeps_containers__mutmut_21 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_22'] = x_live_restore_keeps_containers__mutmut_22 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_23'] = x_live_restore_keeps_containers__mutmut_23 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_24'] = x_live_restore_keeps_containers__mutmut_24 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_25'] = x_live_restore_keeps_containers__mutmut_25 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_26'] = x_live_restore_keeps_containers__mutmut_26 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_27'] = x_live_restore_keeps_containers__mutmut_27 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_28'] = x_live_restore_keeps_containers__mutmut_28 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_29'] = x_live_restore_keeps_containers__mutmut_29 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_30'] = x_live_restore_keeps_containers__mutmut_30 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_31'] = x_live_restore_keeps_containers__mutmut_31 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_32'] = x_live_restore_keeps_containers__mutmut_32 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_33'] = x_live_restore_keeps_containers__mutmut_33 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_34'] = x_live_restore_keeps_containers__mutmut_34 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_35'] = x_live_restore_keeps_containers__mutmut_35 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_36'] = x_live_restore_keeps_containers__mutmut_36 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_37'] = x_live_restore_keeps_containers__mutmut_37 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_38'] = x_live_restore_keeps_containers__mutmut_38 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_39'] = x_live_restore_keeps_containers__mutmut_39 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_40'] = x_live_restore_keeps_containers__mutmut_40 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_41'] = x_live_restore_keeps_containers__mutmut_41 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_42'] = x_live_restore_keeps_containers__mutmut_42 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_43'] = x_live_restore_keeps_containers__mutmut_43 # type: ignore # mutmut generated
mutants_x_live_restore_keeps_containers__mutmut['x_live_restore_keeps_containers__mutmut_44'] = x_live_restore_keeps_containers__mutmut_44 # type: ignore # mutmut generated


claim("U-LIVE-1", observes="upgrade")(live_restore_keeps_containers)
