"""The suite run by the owner of a rootless engine: observed inside RootlessKit's namespaces.

The engine's network namespace belongs to RootlessKit's user namespace; a process may enter it
only by entering that user namespace too, as Docker documents (`nsenter -U
--preserve-credentials -n -t $(cat $XDG_RUNTIME_DIR/docker.pid)`), which a multi-threaded
process cannot do in place. So the suite starts itself there as a probe (RootlessKit's user,
network and mount namespaces, and a mount namespace of its own whose `/run/netns` is a tmpfs,
where its outsides are made) and judges its observations here, as for a probe on another host.
What the user reaches from their own namespace (RootlessKit's published ports on the host's
loopback) is read through sockets this process opens and hands over (`observe.nsenter`).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from docker_conformance.command import ROOT, suite_argv
from docker_conformance.observe.engine import PROBE_ENV, Engine
from docker_conformance.observe.locks import LOCK_DIR, lock_dir
from docker_conformance.observe.nsenter import USER_SOCKETS
from docker_conformance.observe.probe import PROBE_SECONDS, observed

# made in the probe's own mount namespace: `ip netns add` needs a /run/netns it may mount on
# (the host's belongs to root); an empty /run/netns is made in RootlessKit's /run if missing
ENTER_MOUNTS = 'mkdir -p /run/netns && mount -t tmpfs dcf-netns /run/netns && cd "$0" && exec "$@"'


def entering(pid: int) -> list[str]:
    """The command line that puts what follows in the engine's namespaces."""
    return [
        "nsenter", "-U", "--preserve-credentials", "-n", "-m", "-t", str(pid),
        "unshare", "-m", "sh", "-c", ENTER_MOUNTS, str(ROOT),
    ]  # fmt: skip


@contextmanager
def user_sockets() -> Iterator[socket.socket]:
    """A channel over which a process in other namespaces asks for sockets opened in ours
    (`family kind`), answered with the socket's descriptor (SCM_RIGHTS)."""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)

    def serve() -> None:
        with suppress(OSError):
            while ask := ours.recv(32):
                family, kind = (int(part) for part in ask.split())
                with socket.socket(family, kind) as made:
                    socket.send_fds(ours, [b"ok"], [made.fileno()])

    server = threading.Thread(target=serve, name="user-sockets", daemon=True)
    server.start()
    try:
        yield theirs
    finally:
        with suppress(OSError):
            ours.shutdown(socket.SHUT_RDWR)
        ours.close()
        theirs.close()
        server.join(timeout=5)


def run_entered(engine: Engine, out: Path) -> Path:
    """Observe every scenario inside the engine's namespaces; their observations land in `out`."""
    pid = int(str(engine.netns).split("/")[2])
    log = out / "probe.log"
    out.mkdir(parents=True, exist_ok=True)
    with user_sockets() as channel, log.open("w") as said:
        child = subprocess.Popen(
            [*entering(pid), *suite_argv(reports=out)],
            env={
                **os.environ,
                PROBE_ENV: "1",
                USER_SOCKETS: str(channel.fileno()),
                LOCK_DIR: str(lock_dir()),
            },
            pass_fds=(channel.fileno(),),
            stdout=said,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a Ctrl-C reaches it once, as the SIGTERM sent below
        )
        channel.close()  # the child holds its end: its exit ends the channel
        try:
            status = child.wait(timeout=PROBE_SECONDS)
        except BaseException:  # interrupted, or out of time: the suite inside tears down on SIGTERM
            child.send_signal(signal.SIGTERM)
            child.wait(timeout=120)
            raise
    observed(status, log.read_text(errors="replace"), "in the rootless engine's namespaces")
    return out
