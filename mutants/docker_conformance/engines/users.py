"""The suite run as another user of this machine, as a student would run it: no root, no sudo.

It runs from a copy of the project and of this interpreter's packages that the user may read
(the project may sit in root's home, the venv under root's pyenv), with the user's own
environment; its reports are copied back.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from docker_conformance.command import ROOT, full_reports, suite_argv

CONTRIB = "/usr/share/docker.io/contrib"  # dockerd-rootless.sh
# a user's PATH from a login shell on Debian (/etc/profile): no sbin folder, where iptables, nft
# and ip6tables live; the suite must find its tools all the same
LOGIN_PATH = "/usr/local/bin:/usr/bin:/bin:/usr/games"


def user(name: str, *groups: str) -> pwd.struct_passwd:
    """The user `name`, made if missing, in `groups` (which must exist)."""
    try:
        found = pwd.getpwnam(name)
    except KeyError:
        subprocess.run(["useradd", "--create-home", "--shell", "/bin/sh", name], check=True)
        found = pwd.getpwnam(name)
    for group in groups:
        if name not in grp.getgrnam(group).gr_mem:
            subprocess.run(["usermod", "-aG", group, name], check=True)
    return found


def environment(account: pwd.struct_passwd) -> dict[str, str]:
    return {
        "HOME": account.pw_dir,
        "USER": account.pw_name,
        "XDG_RUNTIME_DIR": f"/run/user/{account.pw_uid}",
        "PATH": f"/usr/sbin:/usr/bin:/sbin:/bin:{CONTRIB}",
    }


def _python() -> str:
    """This Python version, from where every user may run it: the system's when it has it."""
    system = Path(f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}")
    return str(system) if system.exists() else os.path.realpath(sys.executable)


@contextmanager
def started_as(name: str, *args: str, docker_host: str, reports: Path) -> Iterator[subprocess.Popen[str]]:
    """`pytest --pyargs docker_conformance.conformance ARGS` started as user `name` (and its groups)
    against `docker_host`, in
    a session of its own (its process group is what a Ctrl-C reaches); once it has ended, its
    reports (summary.json, junit.xml, allure-results/, observations/) are copied to `reports`."""
    account = pwd.getpwnam(name)
    skip = shutil.ignore_patterns(".tox", ".git", "reports", "build", "__pycache__", "*.egg-info", "mutants")
    with tempfile.TemporaryDirectory(prefix="dcf-user-") as tmp:
        base = Path(tmp)
        shutil.copytree(ROOT, base / "project", ignore=skip)
        packages = [p for p in sys.path if p.startswith(sys.prefix) and p.endswith("site-packages")]
        for number, folder in enumerate(packages):
            shutil.copytree(folder, base / f"packages-{number}", ignore=skip, symlinks=True)
        out = base / "reports"
        out.mkdir()
        os.chown(out, account.pw_uid, account.pw_gid)
        subprocess.run(["chmod", "-R", "a+rX", tmp], check=True)
        path = [str(base / "project"), *(str(base / f"packages-{n}") for n in range(len(packages)))]
        env = environment(account) | {
            "PATH": LOGIN_PATH,
            "DOCKER_HOST": docker_host,
            "PYTHONPATH": ":".join(path),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        with subprocess.Popen(
            [_python(), *suite_argv(*args, *full_reports(out), reports=out)[1:]],
            cwd=base / "project",
            env=env,
            user=account.pw_uid,
            group=account.pw_gid,
            extra_groups=os.getgrouplist(name, account.pw_gid),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        ) as running:
            try:
                yield running
            finally:
                if running.poll() is None:
                    running.kill()
                running.wait()
                shutil.copytree(out, reports, dirs_exist_ok=True)


def run_as(
    name: str, *args: str, docker_host: str, reports: Path, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """`started_as`, waited for: the finished process, its output captured."""
    with started_as(name, *args, docker_host=docker_host, reports=reports) as running:
        stdout, stderr = running.communicate(timeout=timeout)
        return subprocess.CompletedProcess(running.args, running.returncode, stdout, stderr)
