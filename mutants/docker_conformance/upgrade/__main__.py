"""`docker-conformance upgrade before|after`: judge what an engine upgrade in place does to a host
that is already running things.

    docker-conformance upgrade before            # record what the upgrade must keep; start the watcher
    (upgrade the engine as you always do: apt, dnf, a new binary; or restart it)
    docker-conformance upgrade after [PYTEST ARGS]   # judge the U-* claims and the whole suite again

`before` makes the suite's own scene (`upgrade/scene.py`), reads it and the user's containers
(read-only), records both on the host (/var/lib/docker-conformance/upgrade) and starts a watcher
that times every outage. `after` waits for the engine, stops the watcher, reads everything again,
judges (the U-* claims from the record, then every other claim on the upgraded host), writes the
usual reports and removes what `before` made, on every path out. Exit statuses as the suite's;
`after` without a `before`: 29.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from docker.errors import DockerException

from docker_conformance.conformance.catalog import say
from docker_conformance.conformance.catalog.cli import language, localized
from docker_conformance.conformance.core.errors import ExitStatus, SuiteError
from docker_conformance.conformance.model import store
from docker_conformance.conformance.model.upgrade import Upgrade
from docker_conformance.observe import image as images
from docker_conformance.observe.engine import Engine, connect, where
from docker_conformance.observe.kept import STATE, remove_labelled, sweep_kept
from docker_conformance.observe.nsenter import same_netns
from docker_conformance.observe.ownership import sweep
from docker_conformance.observe.waiting import wait_for
from docker_conformance.upgrade import scene as scenes
from docker_conformance.upgrade.record import Record, current
from docker_conformance.upgrade.snapshot import snapshot
from docker_conformance.upgrade.watch import outages

SETTLE = 20.0  # seconds each of after's tries may take to answer (a container just restarted)
ENGINE_BACK = 180.0  # seconds after waits for the upgraded engine to answer


def _engine() -> Engine:
    if os.geteuid() != 0:
        raise SuiteError(
            "an upgrade check makes namespaces, a bridge and packet filter rules on this host, and reads "
            "every container's namespace: run it as root.",
            ExitStatus.PERMISSION_DENIED,
            "업그레이드 검사는 이 호스트에 네임스페이스, 브리지, 패킷 필터 규칙을 만들고 모든 컨테이너의 "
            "네임스페이스를 읽는다: root로 실행하자.",
        )
    return connect(probe="never")


def stable(netns: str | None) -> str:
    """The engine's namespace as another process finds it later: "" (this process's), a name under
    /run/netns naming the same one, or the path as it is (this process's own pin would be gone)."""
    if not netns or same_netns(netns):
        return ""
    return next((str(p) for p in Path("/run/netns").glob("*") if same_netns(str(p), netns)), netns)


def before(lang: str, state: Path) -> int:
    engine, host = _engine(), where()[0]
    if (folder := current(host, state)) is not None:
        raise SuiteError(
            f"an upgrade is already recorded here ({folder}): run `docker-conformance upgrade after` to "
            "judge it and remove what it made first.",
            ExitStatus.USAGE,
            f"이미 기록된 업그레이드가 있다 ({folder}): 먼저 `docker-conformance upgrade after`로 판정하고 "
            "만든 것을 치우자.",
        )
    swept = sweep(engine.client) + sweep_kept(engine, state)
    image = images.resolve(engine.client)
    with scenes.made(engine, image, state) as scene:
        recorded = snapshot(engine, scene, patience=10)
        folder = Record(scene, recorded, host, stable(engine.netns)).save(state)
        subprocess.Popen(  # outlives this process, and the engine: its own session
            [sys.executable, "-m", "docker_conformance.upgrade.watch", str(folder)],
            stdin=subprocess.DEVNULL,
            stdout=(folder / "watch.log").open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    if swept:
        print(say(lang, "upgrade swept", items=", ".join(swept)))
    running = [t for t in recorded.theirs if t.running]
    answering = sum(answered for t in running for answered in t.ports.values())
    print(say(lang, "upgrade recorded", folder=folder, made=len(scene.containers), theirs=len(running),
              ports=answering, engine=recorded.engine["version"]))  # fmt: skip
    unanswered = [t for t in recorded.tries if not t.ok and t.what != "rule"]
    for tried in unanswered:
        print(say(lang, "upgrade not before", what=tried.what, target=tried.target, said=tried.said))
    print(say(lang, "upgrade next"))
    return 0


def _stop_watcher(folder: Path) -> None:
    """Ask the watcher to stop, and wait (bounded) until it has written its last figures."""
    (folder / "stop").touch()
    pid = folder / "watch.pid"
    deadline = time.monotonic() + 10
    while pid.exists() and time.monotonic() < deadline:
        time.sleep(0.1)


def after(lang: str, state: Path, pytest_args: list[str]) -> int:
    host = where()[0]
    folder = current(host, state)
    if folder is None:
        raise SuiteError(
            f"no upgrade is recorded for the engine at {host} ({state}): run `docker-conformance upgrade "
            "before`, upgrade the engine, then `upgrade after`.",
            ExitStatus.NO_RUN,
            f"{host}의 엔진에 대해 기록된 업그레이드가 없다 ({state}): `docker-conformance upgrade before`를 "
            "실행하고, 엔진을 업그레이드한 다음 `upgrade after`를 실행하자.",
        )
    record = Record.load(folder)
    try:  # the engine may still be coming up: until it answers, the record and the watcher are kept
        wait_for(_answers, timeout=ENGINE_BACK, what="the upgraded engine to answer")
    except TimeoutError:
        raise SuiteError(
            f"the engine at {host} did not answer within {ENGINE_BACK:.0f} s of `upgrade after`: start it, "
            "then run `upgrade after` again (the record and the watcher are kept until then).",
            ExitStatus.ENGINE_UNREACHABLE,
            f"{host}의 엔진이 `upgrade after` 뒤 {ENGINE_BACK:.0f}초 안에 응답하지 않았다: 엔진을 시작하고 "
            "`upgrade after`를 다시 실행하자 (그때까지 기록과 감시자는 남겨 둔다).",
        ) from None
    try:
        engine = _engine()
        _stop_watcher(folder)
        seen, watched = outages(folder)
        later = snapshot(engine, record.scene, patience=SETTLE)
        observation = Upgrade(record.before, later, seen, watched, str(folder))
        path = folder / "upgrade.json"
        path.write_bytes(store.dumps("upgrade", observation))
        for outage in seen:
            print(say(lang, "upgrade outage", what=outage.what, target=outage.target, seconds=outage.longest,
                      failed=outage.failed, tries=outage.tries), flush=True)  # fmt: skip
        judged = subprocess.run(
            [sys.executable, "-P", "-m", "docker_conformance", "run", "--upgrade-observation", str(path),
             *pytest_args],
            check=False,
        )  # fmt: skip
        return judged.returncode
    finally:
        removed = _remove(record, folder)
        print(say(lang, "upgrade removed", count=len(removed)))


def _answers() -> bool:
    try:
        connect(probe="never").client.ping()
    except (SuiteError, DockerException):
        return False
    return True


def _remove(record: Record, folder: Path) -> list[str]:
    """Everything the record's scene made, removed; then the record itself (its things are no longer
    kept: anything left is a dead run's, swept by the next)."""
    (folder / "stop").touch()
    try:
        engine = connect(probe="never")
    except SuiteError:
        engine = None
    removed = []
    if engine is not None:
        removed = scenes.remove(engine, record.scene) + remove_labelled(engine, record.scene.id)
    shutil.rmtree(folder, ignore_errors=True)
    return removed


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    lang = language(argv)
    made = argparse.ArgumentParser(
        prog="docker-conformance upgrade", description=say(lang, "upgrade"), add_help=False
    )
    parser = localized(made, lang)
    parser.add_argument("step", choices=("before", "after"), help=say(lang, "upgrade step"))
    parser.add_argument("--lang", choices=("en", "ko"), default=lang, help=say(lang, "lang"))
    parser.add_argument("--state", type=Path, default=STATE, help=say(lang, "upgrade state"))
    args, rest = parser.parse_known_args(argv)
    try:
        if args.step == "before":
            if rest:
                parser.error(f"unrecognized arguments: {' '.join(rest)}")
            return before(args.lang, args.state)
        return after(args.lang, args.state, rest)
    except SuiteError as error:
        print(error.paragraph(args.lang), file=sys.stderr)
        return int(error.status)


if __name__ == "__main__":
    sys.exit(main())
