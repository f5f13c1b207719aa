"""The engine's network namespace is the one most of its threads are in, held open for the run:
a Go engine may leave its first thread in a container's namespace (/proc/PID/ns/net follows that
thread), as Podman 5.4 did mid-run."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from docker_conformance.observe.engine import pinned, process_netns
from docker_conformance.observe.nsenter import add_named_netns, delete_named_netns, same_netns
from docker_conformance.observe.ownership import Run

# three threads stay where the process started; then its first thread enters NETNS
WANDERER = """
import ctypes, os, sys, threading, time
for _ in range(3):
    threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
fd = os.open(sys.argv[1], os.O_RDONLY)
assert ctypes.CDLL(None, use_errno=True).setns(fd, 0x40000000) == 0  # CLONE_NEWNET
print("moved", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(os.geteuid() != 0, reason="entering a namespace needs root")
def test_a_first_thread_left_in_another_namespace_does_not_move_the_engine():
    name = Run().netns_name("wander")
    other = add_named_netns(name)
    child = subprocess.Popen([sys.executable, "-c", WANDERER, other], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "moved"
        first_thread = f"/proc/{child.pid}/ns/net"
        assert same_netns(first_thread, other)  # what /proc/PID/ns/net would have told
        chosen = process_netns(child.pid)
        assert same_netns(chosen)  # this process's namespace: where most of its threads are
        assert not same_netns(chosen, other)
    finally:
        child.kill()
        child.wait()
        delete_named_netns(name)


def test_a_pinned_namespace_outlives_the_path_it_came_from():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        time.sleep(0.2)
        path = pinned(f"/proc/{child.pid}/ns/net")
        assert path.startswith(f"/proc/{os.getpid()}/fd/")
    finally:
        child.kill()
        child.wait()
    assert same_netns(path)  # still the namespace it named, though that process is gone
    assert pinned("/nonexistent/ns/net") == "/nonexistent/ns/net"
