"""The fleet on a Docker Swarm: the suite's image as a global service, one task per node.

Each task judges its own node's engine through a probe (`image/fleet-task.sh`) and prints its
result set into its logs, which the manager gathers (`docker service logs`): no registry (the
image must be on every node; the service never resolves it), no volume, no network of its own.
A node that did not report (down, its task rejected or failed) is named with Swarm's reason.
The service is removed afterwards, also on Ctrl-C; a killed run's is swept by label.
"""

from __future__ import annotations

import base64
import re
import shutil
from collections import defaultdict
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

import docker
from docker.errors import DockerException
from docker.types import Mount, RestartPolicy, ServiceMode

from docker_conformance.conformance.core.errors import ExitStatus, SuiteError
from docker_conformance.conformance.outputs.fleet_merge import HostResult, folder_name
from docker_conformance.observe.ownership import LABEL, Run, dead_owner
from docker_conformance.observe.probe import IMAGE, extract
from docker_conformance.observe.waiting import wait_for

TASK = ["/suite/image/fleet-task.sh"]
STOP_GRACE_NS = 180 * 10**9
DONE = {"complete", "failed", "rejected", "shutdown", "orphaned", "remove"}
RESULT = re.compile(r"^dcf-result (\S+) (\d+) (\S+)$")
TASK_ID = "com.docker.swarm.task.id="  # in the details of a service's log line


def sweep_services(client: docker.DockerClient) -> list[str]:
    """Remove the fleet services of runs whose owner is gone."""
    swept = []
    for service in client.services.list(filters={"label": LABEL}):
        if dead_owner(service.attrs["Spec"].get("Labels", {})):
            with suppress(DockerException):
                service.remove()
                swept.append(service.name)
    return swept


def _nodes(client: docker.DockerClient, labels: dict[str, str]) -> list[dict]:
    nodes = [n.attrs for n in client.nodes.list()]
    return [n for n in nodes if all(n["Spec"].get("Labels", {}).get(k) == v for k, v in labels.items())]


def _name(node: dict) -> str:
    return node["Description"]["Hostname"]


def _said(service) -> dict[str, list[str]]:
    """Every task's lines, read once from the service's logs (each line names its task)."""
    lines: dict[str, list[str]] = defaultdict(list)
    with suppress(DockerException):
        for line in service.logs(stdout=True, stderr=True, details=True):
            details, _, text = line.decode(errors="replace").rstrip("\n").partition(" ")
            task = next((d.split("=", 1)[1] for d in details.split(",") if d.startswith(TASK_ID)), "")
            lines[task].append(text.strip())
    return lines


def _gather(said: dict[str, list[str]]) -> dict[str, bytes]:
    """Each node's result archive, from the tasks' lines `dcf-result NODE N DATA`."""
    parts: dict[str, dict[int, str]] = defaultdict(dict)
    for line in (line for lines in said.values() for line in lines):
        if match := RESULT.match(line):
            node, number, data = match.groups()
            parts[node][int(number)] = data
    return {node: base64.b64decode("".join(p[n] for n in sorted(p))) for node, p in parts.items()}


def _last_words(lines: list[str]) -> str:
    """A task's last line that is not a result line: the suite's own paragraph."""
    return next((line for line in reversed(lines) if line and not line.startswith("dcf-result")), "")


@dataclass(frozen=True)
class Selection:
    """Which nodes run, and how: `labels` as service constraints; `only` the hostnames of a
    re-run (the others are excluded by constraint); `args` the suite's options on each node;
    `full`: each node sends its whole result set, not the compact one; `expected`: a golden
    daemon.json's text, each node judged by it (`--expect-config`)."""

    labels: dict[str, str] = field(default_factory=dict)
    only: frozenset[str] | None = None
    args: tuple[str, ...] = ()
    full: bool = False
    expected: str = ""

    def constraints(self, nodes: list[dict]) -> list[str]:
        chosen = [f"node.labels.{k}=={v}" for k, v in self.labels.items()]
        return chosen + [f"node.id!={n['ID']}" for n in nodes if not self.picks(n)]

    def picks(self, node: dict) -> bool:
        return self.only is None or _name(node) in self.only

    def env(self) -> list[str]:
        env = ["DCF_NODE={{.Node.Hostname}}"]
        env += [f"DCF_EXPECT_CONFIG={self.expected}"] if self.expected else []
        return env + (["DCF_FULL=1"] if self.full else [])


Progress = Callable[[int, int], None]  # (tasks done, tasks in all)


def run_swarm(
    client: docker.DockerClient,
    out: Path,
    selection: Selection | None = None,
    timeout: float = 900,
    progress: Progress | None = None,
) -> list[HostResult]:
    """Deploy, wait for every selected node's task, gather, remove. One result per node."""
    selection = selection or Selection()
    info = client.info().get("Swarm", {})
    if not info.get("ControlAvailable"):
        raise SuiteError(
            "this engine is not a manager of a swarm (`docker info`: Swarm "
            f"{info.get('LocalNodeState', 'inactive')}): run the fleet from a manager node, or give "
            "the engines with --hosts.",
            ExitStatus.NOT_A_MANAGER,
        )
    sweep_services(client)
    run = Run()
    everyone = _nodes(client, selection.labels)
    nodes = [n for n in everyone if selection.picks(n)]
    # no registry is asked for the image: from API 1.30 on the engine resolves none when a service is
    # made (moby api/server/router/swarm/cluster_routes.go, createService), as `--no-resolve-image`
    service = client.services.create(
        IMAGE,
        command=[*TASK, *selection.args],
        name=run.name("fleet"),
        labels=run.labels(role="fleet"),
        mode=ServiceMode("global"),
        networks=["host"],
        mounts=[Mount("/var/run/docker.sock", "/var/run/docker.sock", type="bind")],
        env=selection.env(),
        restart_policy=RestartPolicy(condition="none"),
        # removed early (Ctrl-C), a task's suite stops its probe, which tears down, before Swarm
        # would kill it
        stop_grace_period=STOP_GRACE_NS,
        constraints=selection.constraints(everyone),
    )
    try:
        tasks = _wait(client, service, nodes, timeout, progress)
        said = _said(service)
        archives = _gather(said)
        ordered = sorted(_nodes_now(client, nodes), key=_name)  # as they are now: one may be down
        results = [_result(node, tasks.get(node["ID"]), archives, said, out) for node in ordered]
        gone = sorted(selection.only - {r.host for r in results}) if selection.only else []
        return results + [HostResult(name, None, "it is no node of this swarm now") for name in gone]
    finally:
        _remove(client, service.id)


def _remove(client: docker.DockerClient, service_id: str) -> None:
    """Remove the service, and wait (bounded) until Swarm has no task of it left."""
    with suppress(DockerException):
        client.api.remove_service(service_id)
    with suppress(DockerException, TimeoutError):
        wait_for(lambda: not client.api.tasks(filters={"service": service_id}), timeout=60,
                 what="the fleet service's tasks to go")  # fmt: skip


def _latest(client: docker.DockerClient, service, nodes: list[dict]) -> tuple[dict[str, dict], bool]:
    """The latest task of each node, and whether every ready node's is done."""
    ready = {n["ID"] for n in _nodes_now(client, nodes) if n["Status"]["State"] == "ready"}
    latest: dict[str, dict] = {}
    for task in service.tasks():
        node = task.get("NodeID")
        if node and (node not in latest or task["CreatedAt"] > latest[node]["CreatedAt"]):
            latest[node] = task
    return latest, all(latest.get(n, {}).get("Status", {}).get("State") in DONE for n in ready)


def _wait(
    client: docker.DockerClient, service, nodes: list[dict], timeout: float, progress: Progress | None
) -> dict[str, dict]:
    """The latest task of each node, once every ready node's is done (or the time is out)."""

    def latest() -> tuple[dict[str, dict], bool]:
        found = _latest(client, service, nodes)
        if progress:
            progress(sum(t["Status"]["State"] in DONE for t in found[0].values()), len(nodes))
        return found

    try:
        done = wait_for(lambda: (found := latest())[1] and found, timeout=timeout,
                        what="every node's task to end")  # fmt: skip
        return done[0]
    except TimeoutError:  # the nodes whose task is still running are named as such
        return _latest(client, service, nodes)[0]


def _nodes_now(client: docker.DockerClient, nodes: list[dict]) -> list[dict]:
    """The selected nodes as Swarm sees them now (one listing)."""
    ids = {n["ID"] for n in nodes}
    return [n.attrs for n in client.nodes.list() if n.id in ids]


def _result(
    node: dict, task: dict | None, archives: dict[str, bytes], said: dict[str, list[str]], out: Path
) -> HostResult:
    name = _name(node)
    if name in archives:
        folder = out / "hosts" / folder_name(name)
        shutil.rmtree(folder, ignore_errors=True)  # a re-run's, or an earlier run's
        extract(archives[name], folder)
        return HostResult(name, folder, payload=-(-len(archives[name]) // 3) * 4)  # as base64
    status = node["Status"]
    if status["State"] != "ready":
        why = f"the node is {status['State']}" + (f" ({status['Message']})" if status.get("Message") else "")
        return HostResult(name, None, f"{why}; Swarm gave it no task")
    if task is None:
        return HostResult(name, None, "Swarm gave it no task (its constraints, or its availability)")
    state = task["Status"]
    said = state.get("Err") or state.get("Message", "")
    ended = "ended" if state["State"] in DONE else "was still, when the wait ran out,"
    last = _last_words(said.get(task["ID"], []))
    return HostResult(
        name, None, f"its task {ended} {state['State']}: {said}" + (f"; it said: {last}" if last else "")
    )
