"""The engine's effective configuration, read where the engine runs: its process's command line
(/proc/PID/cmdline) and its config file through the process's own root (/proc/PID/root), so that
an engine in a namespace, a container or RootlessKit's mount namespace is read as it sees itself.

The process is the one serving the engine's unix socket (SO_PEERCRED): under a probe, that is
the engine's own socket mounted into it, on the engine's host.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import urlparse

from docker_conformance.conformance.model.daemon import Configuration, effective
from docker_conformance.observe.engine import Engine, socket_owner

SYSTEM_FILE = "/etc/docker/daemon.json"


def _environ(pid: int) -> dict[str, str]:
    try:
        raw = Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return {}
    return dict(item.split("=", 1) for item in raw.decode(errors="replace").split("\0") if "=" in item)


def config_file(argv: list[str], pid: int, rootless: bool) -> str:
    """The file dockerd reads: `--config-file`, else /etc/docker/daemon.json, or for a rootless
    engine $XDG_CONFIG_HOME/docker/daemon.json (~/.config/docker/daemon.json), as its docs say."""
    for i, word in enumerate(argv):
        if word.startswith("--config-file="):
            return word.split("=", 1)[1]
        if word == "--config-file" and i + 1 < len(argv):
            return argv[i + 1]
    if not rootless:
        return SYSTEM_FILE
    env = _environ(pid)
    base = env.get("XDG_CONFIG_HOME") or f"{env.get('HOME', '~')}/.config"
    return f"{base}/docker/daemon.json"


def _read_file(pid: int, path: str) -> tuple[dict | None, str]:
    """The file's settings as the engine sees it (None: none there), or why it was not read."""
    inside = Path(f"/proc/{pid}/root") / path.lstrip("/")
    note = ""
    try:
        text = inside.read_text()
    except FileNotFoundError:
        return {}, " (absent: nothing configured there)"
    except PermissionError:
        # the engine's root is closed to this user: the same path here, when this process shares
        # the engine's mount namespace (a docker-group user and a root engine on one host)
        try:
            text = Path(path).read_text()
        except FileNotFoundError:
            return {}, " (absent: nothing configured there)"
        except OSError as exc:
            return None, f"{path} was not read ({exc.strerror}: the engine's root is closed to this user)"
        note = " (read in this process's mount namespace: the engine's own is closed to this user)"
    except OSError as exc:
        return None, f"{path} was not read ({exc.strerror})"
    except ValueError as exc:
        return None, f"{path} is not text ({exc})"
    try:
        data = json.loads(text) if text.strip() else {}
    except ValueError as exc:
        return None, f"{path} is not valid JSON ({exc})"
    if not isinstance(data, dict):
        return None, f"{path} holds no JSON object"
    return data, note


def read_configuration(engine: Engine) -> Configuration:
    """The engine's configuration, from its process; what could not be read is named."""
    host = engine.facts.docker_host
    if urlparse(host).scheme not in ("unix", ""):
        return Configuration(
            unread=(f"the engine at {host} is reached over the network: its process is not here",)
        )
    try:
        pid = socket_owner(host)
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")[:-1]
    except OSError as exc:
        return Configuration(unread=(f"the engine's process was not found ({exc.strerror or exc})",))
    program = os.path.basename(argv[0]) if argv else "?"
    if program != "dockerd":
        return Configuration(
            unread=(f"the engine's process is {program}, not dockerd: it has no dockerd configuration",)
        )
    path = config_file(argv, pid, engine.facts.mode == "rootless")
    data, note = _read_file(pid, path)
    if data is None:
        return effective(argv, None, path, (note,))
    config = effective(argv, data, path)
    return config.model_copy(update={"read": tuple(r + note if r == path else r for r in config.read)})
