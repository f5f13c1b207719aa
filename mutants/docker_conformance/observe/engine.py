"""The engine under test: one connection, its facts, and the namespace its bridge lives in."""

from __future__ import annotations

import ipaddress
import os
import pwd
import shutil
import socket
import struct
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import docker
from docker.context import ContextAPI
from docker.errors import DockerException
from docker.utils import kwargs_from_env

from docker_conformance.conformance.model.engine import EngineFacts, Observer
from docker_conformance.conformance.model.execs import nameservers
from docker_conformance.observe.nsenter import (
    can_enter_namespaces,
    looks_like_ours,
    netlink_socket,
    same_netns,
)
from docker_conformance.observe.refusals import (
    MIN_API,
    malformed,
    netns_unknown,
    over_the_network,
    probe_in_probe,
    rootless_closed,
    ssh_refused,
    too_old,
    unreachable,
)
from docker_conformance.observe.timing import timed

DEFAULT_SOCKET = "unix:///var/run/docker.sock"


@dataclass(frozen=True)
class Engine:
    client: docker.DockerClient
    facts: EngineFacts

    @property
    def netns(self) -> str | None:
        return self.facts.netns


def _api_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _may_enter(netns: str) -> bool:
    """Whether this process may setns(2) into `netns` (tried from a short-lived thread)."""
    try:
        netlink_socket(netns).close()
    except OSError:
        return False
    return True


def _owned_by_us(netns: str) -> bool:
    """Whether this user (not root) owns the process whose namespace `netns` is (/proc/PID/ns/net),
    and has the tools to follow it into its user namespace (`observe.entered`)."""
    try:
        owner = Path(netns).parent.parent.stat().st_uid
    except OSError:
        return False
    return owner == os.geteuid() != 0 and all(shutil.which(tool) for tool in ("nsenter", "unshare"))


def socket_owner(docker_host: str) -> int:
    """The PID of the process serving a local unix socket (SO_PEERCRED)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.connect(urlparse(docker_host).path)
        creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return struct.unpack("3i", creds)[0]


def process_netns(pid: int) -> str:
    """The network namespace most of a process's threads are in, as a /proc path of one of them.

    /proc/PID/ns/net is its first thread's, and a Go engine may leave that thread in a container's
    namespace: a goroutine that entered one and ended while locked to the main thread (seen with
    Podman 5.4 mid-run: the suite then read a container's namespace as the engine's host)."""
    threads: dict[str, list[str]] = {}
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            with suppress(OSError):  # a thread that just ended
                threads.setdefault(os.readlink(task / "ns" / "net"), []).append(task.name)
    except OSError:
        threads = {}
    if not threads:
        return f"/proc/{pid}/ns/net"
    most = max(threads.values(), key=len)
    return f"/proc/{pid}/task/{most[0]}/ns/net"


_PINNED: list[int] = []  # the engine's namespace, held open for the whole run


def pinned(netns: str) -> str:
    """A path that names `netns` for as long as this process runs (an open descriptor of it),
    whatever the engine's threads do meanwhile; `netns` itself when it cannot be opened."""
    try:
        fd = os.open(netns, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return netns
    _PINNED.append(fd)
    return f"/proc/{os.getpid()}/fd/{fd}"


def socket_owner_netns(docker_host: str) -> str | None:
    """The network namespace of the process serving a local unix socket (`process_netns`).

    Returns a /proc path, or None when that is the namespace this process runs in. (`connect`
    refuses an engine over the network before asking.)
    """
    pid = socket_owner(docker_host)
    path = process_netns(pid)
    try:
        return None if same_netns(path) else path
    except PermissionError:  # not this user's process: its namespace file is closed to us
        if looks_like_ours(pid):
            return None
        raise


def engine_resolv_conf(docker_host: str) -> str | None:
    """The resolv.conf the engine copies into default-bridge containers, read through its own
    root (/proc/PID/root): /etc/resolv.conf, or systemd-resolved's upstream file when that one
    lists only loopback servers (as the engine itself chooses). None: not readable from here."""
    if urlparse(docker_host).scheme not in ("unix", ""):
        return None
    try:
        root = Path(f"/proc/{socket_owner(docker_host)}/root")
        text = (root / "etc/resolv.conf").read_text()
        servers = nameservers(text)
        resolved = root / "run/systemd/resolve/resolv.conf"
        if servers and all(ipaddress.ip_address(s).is_loopback for s in servers) and resolved.exists():
            return resolved.read_text()
        return text
    except (OSError, ValueError, IndexError):
        return None


def where(docker_host: str | None = None) -> tuple[str, dict]:
    """The engine's address and client settings, as the Docker CLI chooses them: DOCKER_HOST
    (with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH), else DOCKER_CONTEXT, else the CLI's current
    context (`docker context use`), else the default socket."""
    if docker_host or os.environ.get("DOCKER_HOST"):
        host = docker_host or os.environ["DOCKER_HOST"]
        return host, {"tls": kwargs_from_env().get("tls", False)}
    try:
        context = ContextAPI.kwargs_from_context()
    except DockerException:
        context = {}
    host = context.pop("base_url", None) or DEFAULT_SOCKET
    return host, {"tls": context.get("tls", False)}


def _keep_engine_ca(api: docker.APIClient) -> None:
    """Verify the engine against its own CA (DOCKER_CERT_PATH/ca.pem). requests would otherwise
    take REQUESTS_CA_BUNDLE or CURL_CA_BUNDLE in its place (psf/requests issue 3829), which a
    machine behind a TLS-inspecting proxy sets for everything else."""
    if isinstance(api.verify, str):
        merge = api.merge_environment_settings

        def engine_ca(*args: Any) -> dict[str, Any]:
            return {**merge(*args), "verify": api.verify}

        api.merge_environment_settings = engine_ca  # type: ignore[method-assign]


PROBES = ("auto", "always", "never")
PROBE_ENV = "DOCKER_CONFORMANCE_PROBE"  # set inside a probe: it never starts one of its own


def whoami() -> str:
    """This process's user, as `NAME (uid N)`."""
    uid = os.geteuid()
    return f"{next((p.pw_name for p in pwd.getpwall() if p.pw_uid == uid), '?')} (uid {uid})"


def _misshapen(docker_host: str) -> str:
    """What makes an address the client would take unusable here: a socket with no path, a host
    with no name, a Windows named pipe ('' when none of these)."""
    try:
        parsed = urlparse(docker_host)
        host = parsed.hostname
    except ValueError as exc:  # an unclosed [ipv6 literal
        return str(exc)
    if parsed.scheme == "unix" and not parsed.path.strip("/"):
        return "no socket path"
    if parsed.scheme in ("tcp", "ssh", "http", "https") and not host:
        return "no host"
    return "a Windows named pipe: this suite judges Linux engines" if parsed.scheme == "npipe" else ""


def connect(docker_host: str | None = None, netns: str | None = None, probe: str = "auto") -> Engine:
    """Connect once, negotiate the API version, and record what the engine is.

    Where its host is not this one (an engine over TCP or SSH), or `probe` is `always`, the
    engine is to be observed through a probe (`observe.probe`); `never` refuses instead. A local
    engine this user may talk to but not enter the namespaces of (the docker group) is observed
    through a helper container (`observe.helper`), unless `probe` is `never`.
    """
    docker_host, settings = where(docker_host)
    if why := _misshapen(docker_host):
        raise malformed(docker_host, ValueError(why))
    ssh = False
    try:
        ssh = urlparse(docker_host).scheme == "ssh"
        client = docker.DockerClient(
            base_url=docker_host, version=MIN_API, timeout=60, use_ssh_client=ssh, **settings
        )
        client.api.send = timed("engine calls")(client.api.send)  # type: ignore[method-assign]
        _keep_engine_ca(client.api)
        client.api._version = client.api._retrieve_server_version()  # "auto", once the CA is kept
        version, info = client.version(), client.info()
    except DockerException as exc:
        raise (ssh and ssh_refused(docker_host, exc)) or unreachable(docker_host, exc) from None
    except ValueError as exc:  # the client's own parsing of the address (tcp://HOST:notaport)
        raise malformed(docker_host, exc) from None
    if _api_tuple(version["ApiVersion"]) < _api_tuple(MIN_API):
        raise too_old(docker_host, version["ApiVersion"], MIN_API)
    remote = netns is None and urlparse(docker_host).scheme not in ("unix", "")
    if remote and probe == "never":
        raise over_the_network(docker_host)
    observed_by = Observer.PROBE if remote or probe == "always" else Observer.PROCESS
    if observed_by == Observer.PROBE and os.environ.get(PROBE_ENV):
        raise probe_in_probe(docker_host)
    if netns is None and observed_by != Observer.PROBE:
        try:
            netns = socket_owner_netns(docker_host)
        except OSError as exc:
            raise netns_unknown(docker_host, exc) from None
    mode = "rootless" if any("rootless" in str(o) for o in info.get("SecurityOptions") or ()) else "rootful"
    if mode == "rootless" and netns and not _may_enter(netns):
        if probe == "never" or not _owned_by_us(netns):
            raise rootless_closed(docker_host)
        observed_by = Observer.ENTERED
    if observed_by == Observer.PROCESS and probe != "never" and not can_enter_namespaces():
        observed_by = Observer.THROUGH  # the docker group may run a container as root: the suite's helper
    if netns and netns.startswith("/proc/") and observed_by == Observer.PROCESS:
        netns = pinned(netns)
    components = version.get("Components") or []
    facts = EngineFacts(
        docker_host=docker_host,
        version=version.get("Version", "?"),
        api_version=version["ApiVersion"],
        os=f"{version.get('Os', '?')}/{version.get('Arch', '?')}",
        kernel=info.get("KernelVersion", "?"),
        operating_system=info.get("OperatingSystem", "?"),
        storage_driver=info.get("Driver", "?"),
        cgroup_driver=info.get("CgroupDriver", "?"),
        cgroup_version=str(info.get("CgroupVersion", "?")),
        engine_id=info.get("ID", "?"),
        name="Podman"
        if any("podman" in str(c.get("Name", "")).lower() for c in components)
        else "Docker Engine",
        netns=netns,
        observed_by=observed_by,
        mode=mode,
        min_api_version=version.get("MinAPIVersion", "?"),
        firewall_backend=(info.get("FirewallBackend") or {}).get("Driver") or "iptables",
        warnings=tuple(info.get("Warnings") or ()),
        user=whoami(),
    )
    return Engine(client=client, facts=facts)
