"""The run's session, established once before any check: the engine, the expectations, the
image and the run's identity, and what the run must observe through (a probe, the engine's
owner, a helper container). No pytest: the plugin (`docker_conformance.fixtures.session`) calls
`establish` with the run's options and hands the result to xdist's workers (`encode`, `decode`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from docker_conformance.conformance import catalog
from docker_conformance.conformance.core.configured import derive, expect_config
from docker_conformance.conformance.core.errors import ExitStatus, SuiteError
from docker_conformance.conformance.core.profile import Profile, read_golden
from docker_conformance.conformance.core.profile import load as load_profile
from docker_conformance.conformance.model import store
from docker_conformance.conformance.model.daemon import Configuration
from docker_conformance.conformance.model.engine import Observer
from docker_conformance.observe import image as images
from docker_conformance.observe.daemon import read_configuration
from docker_conformance.observe.engine import Engine, connect
from docker_conformance.observe.entered import run_entered
from docker_conformance.observe.firewall import sweep_rules
from docker_conformance.observe.helper import run_helper
from docker_conformance.observe.kept import sweep_kept
from docker_conformance.observe.locks import lock_dir, run_folder
from docker_conformance.observe.ownership import RUN_ENV, Run, sweep, sweep_folders
from docker_conformance.observe.probe import IMAGE, run_probe
from docker_conformance.observe.probe import RUN as PROBE_RUN


@dataclass(frozen=True)
class Options:
    """The run's options that decide how it is established (the plugin's command-line options)."""

    engine_netns: str | None = None
    probe: str = "auto"
    profile: str = "default"
    expect_config: str | None = None
    probe_socket: str = "/var/run/docker.sock"
    pull_busybox: bool = False
    reports_dir: str = "reports"
    lang: str = "en"


@dataclass(frozen=True)
class Session:
    """What `establish` found: shared by the controller and every worker."""

    engine: Engine
    profile: Profile
    image: str
    run: Run
    swept: tuple[str, ...] = ()
    probed: str = ""  # where the probe's observations are, when the engine is seen through it

    def encode(self) -> dict[str, str]:
        return {
            "run": self.run.encode(),
            "image": self.image,
            "netns": self.engine.netns or "",
            "docker_host": self.engine.facts.docker_host,
            "profile": self.profile.model_dump_json(),
            "probed": self.probed,
        }

    @classmethod
    def decode(cls, data: dict[str, str]) -> Session:
        return cls(
            engine=connect(
                data["docker_host"], data["netns"] or None, "always" if data["probed"] else "never"
            ),
            profile=Profile.model_validate_json(data["profile"]),
            image=data["image"],
            run=Run.decode(data["run"]),
            probed=data["probed"],
        )

    def header(self) -> list[str]:
        facts = self.engine.facts
        lines = [
            f"engine: {facts.label} at {facts.docker_host}",
            f"engine netns: {self.engine.netns or 'this one'}; observed by: {facts.observed_by.words()}; "
            f"profile: {self.profile.name}; image: {self.image}",
            f"run: {self.run.id}",
        ]
        if self.swept:
            lines.append("swept from earlier, dead runs: " + ", ".join(self.swept))
        if self.engine.facts.refused:
            lines.append(f"judged as {self.engine.facts.user} alone: {self.engine.facts.refused}")
        return lines


def establish(options: Options, announce: Callable[[str], None]) -> Session:
    """Connect, choose the expectations, find the image, sweep dead runs, and observe through
    whatever this user needs (`announce` says so first). Raises `SuiteError` on a bad input."""
    engine = connect(netns=options.engine_netns, probe=options.probe)
    facts, choice, golden = engine.facts, options.profile, options.expect_config
    base = load_profile(choice).for_engine(facts.name, facts.version, facts.mode, facts.firewall_backend)
    wanted = (golden, read_golden(Path(golden))) if golden else None  # both refused before anything runs
    # a probe works as part of the run that started it (its things carry that run's label)
    given = os.environ.get(RUN_ENV)
    swept, run = sweep(engine.client) + sweep_folders(lock_dir()), Run.decode(given) if given else Run()
    if engine.facts.observed_by == Observer.PROCESS:  # a probe sweeps the rules where it runs
        swept += sweep_rules(engine) + sweep_kept(engine)
    if engine.facts.observed_by == Observer.PROBE:  # the probe builds its own busybox image there
        image, probed = IMAGE, str(run_probe(engine, run, options.probe_socket, run_folder(run, "probe")))
    else:
        image, probed = images.resolve(engine.client, pull=options.pull_busybox), ""
        if engine.facts.observed_by == Observer.ENTERED:  # its owner, in RootlessKit's namespaces
            probed = str(run_entered(engine, run_folder(run, "probe")))
        if engine.facts.observed_by == Observer.THROUGH:  # a docker-group user: root, through the engine
            announce(catalog.word(options.lang, "going through", user=engine.facts.user))
            engine, probed = through_engine(engine, run, image)
    configuration = engine_configuration(engine, probed)
    profile = choose_profile(engine, base, choice, wanted, configuration)
    reports = Path(options.reports_dir)
    store.clear(reports)
    store.save(reports, "configuration", configuration)
    return Session(engine, profile, image, run, tuple(swept), probed)


def through_engine(engine: Engine, run: Run, image: str) -> tuple[Engine, str]:
    """The helper's observations (`observe.helper`); where the engine refuses the helper, this
    user judges what it can, and the run says why."""
    try:
        return engine, str(run_helper(engine, run, image, run_folder(run, "probe")))
    except SuiteError as refused:
        if refused.status is not ExitStatus.PROBE_CANNOT_START:
            raise
        needs = tuple(f"CAP_{cap}" for cap in PROBE_RUN["cap_add"])
        facts = replace(
            engine.facts, observed_by=Observer.PROCESS, refused=str(refused.args[0]), refused_needs=needs
        )
        return replace(engine, facts=facts), ""


def engine_configuration(engine: Engine, probed: str) -> Configuration:
    """The engine's configuration, read where it runs: here, or by the probe on its host."""
    if engine.facts.observed_by not in (Observer.PROBE, Observer.THROUGH):
        return read_configuration(engine)
    try:
        return store.load(Path(probed), "configuration")
    except (OSError, ValueError):
        return Configuration(unread=("the probe sent no configuration of the engine",))


def choose_profile(
    engine: Engine,
    base: Profile,
    choice: str,
    golden: tuple[str, dict[str, Any]] | None,
    configuration: Configuration,
) -> Profile:
    """The expectations: `base` (the documented default or a file, with the engine version's
    documented changes), then, for `daemon`, the engine's own configuration; with a golden file
    (`--expect-config`), that file's, and the engine's drift from it."""
    if golden is None and choice != "daemon":
        return base
    bridge = engine.client.api.inspect_network("bridge")
    if golden is not None:
        path, wanted = golden
        return expect_config(base, configuration, wanted, path, bridge)
    return derive(base, configuration, bridge)


def configuration_facts(profile: Profile) -> dict[str, str]:
    """Allure's environment lines for the engine's settings and the drift from the expected file."""
    config = profile.configuration
    if config is None:
        return {}
    facts = {f"config.{name}": s.describe(name) for name, s in config.settings.items()}
    facts |= {f"drift.{line.split(':', 1)[0]}": line.split(": ", 1)[1] for line in profile.drift}
    return facts


def environment(session: Session, observed: dict[str, str] | None = None) -> dict[str, str]:
    """Allure's environment: the engine's facts, its configuration and drift, the run (and, at the
    end, what the run observed of its packet filter)."""
    return (
        session.engine.facts.environment()
        | (observed or {})
        | configuration_facts(session.profile)
        | {"profile": session.profile.name, "image": session.image, "run": session.run.id}
    )
