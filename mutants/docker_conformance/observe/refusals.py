"""Why the suite could not reach or see an engine, in one paragraph each, in English and Korean.

Each is a `SuiteError` with its own exit status (`core.errors`); values (addresses, the
client's and ssh's own words) stay as they are in both languages.
"""

from __future__ import annotations

import subprocess
from urllib.parse import urlparse

from docker.errors import DockerException, InvalidVersion

from docker_conformance.conformance.core.errors import ExitStatus, SuiteError

MIN_API = "1.25"  # the oldest Docker API this suite speaks
SSH_REFUSALS = (  # what ssh says -> what it means (English, Korean)
    (
        "Host key verification failed",
        "the host key is unknown or has changed",
        "호스트 키를 모르거나 바뀌었다",
    ),
    ("REMOTE HOST IDENTIFICATION HAS CHANGED", "the host key has changed", "호스트 키가 바뀌었다"),
    ("Permission denied", "the key or user is not accepted", "키나 사용자가 받아들여지지 않았다"),
)


def _root_cause(exc: BaseException) -> BaseException:
    while exc.__cause__ or exc.__context__:
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return exc


def too_old(docker_host: str, version: str, needed: str) -> SuiteError:
    return SuiteError(
        f"the engine at {docker_host} speaks Docker API {version}; this suite needs {needed} "
        "or newer. Upgrade the engine.",
        ExitStatus.ENGINE_API_TOO_OLD,
        f"{docker_host}의 엔진은 Docker API {version}을(를) 쓴다. 이 스위트에는 {needed} 이상이 "
        "필요하다. 엔진을 업그레이드하자.",
    )


def malformed(docker_host: str, exc: Exception) -> SuiteError:
    """An address the Docker client cannot parse (a port that is no number, an unknown scheme)."""
    return SuiteError(
        f"DOCKER_HOST={docker_host!r} is not an address the Docker client understands "
        f"({exc}). Use unix:///path/to/docker.sock, tcp://HOST:PORT or ssh://USER@HOST, "
        "or unset DOCKER_HOST for the default socket.",
        ExitStatus.DOCKER_HOST_MALFORMED,
        f"DOCKER_HOST={docker_host!r}는 Docker 클라이언트가 이해하는 주소가 아니다 ({exc}). "
        "unix:///path/to/docker.sock, tcp://HOST:PORT, ssh://USER@HOST 가운데 하나를 쓰거나, "
        "기본 소켓을 쓰려면 DOCKER_HOST를 지우자.",
    )


def unreachable(docker_host: str, exc: DockerException) -> SuiteError:
    """The client's failure to talk to the engine, in words: a malformed address, permission, or
    no engine there."""
    cause = _root_cause(exc)
    if isinstance(exc, InvalidVersion):
        return too_old(docker_host, f"older than the client supports ({exc})", MIN_API)
    if "Invalid bind address" in str(exc) or "malformed" in str(exc).lower():
        return malformed(docker_host, exc)
    if isinstance(cause, PermissionError):
        return SuiteError(
            f"permission denied on the engine socket {docker_host}: this user may not talk to "
            "the Docker engine. Run as root, or add the user to the `docker` group and log in "
            "again.",
            ExitStatus.PERMISSION_DENIED,
            f"엔진 소켓 {docker_host}에 대한 권한이 없다: 이 사용자는 Docker 엔진과 이야기할 수 없다. "
            "root로 실행하거나, 사용자를 `docker` 그룹에 넣고 다시 로그인하자.",
        )
    return SuiteError(
        f"no Docker engine answers at {docker_host} ({cause.__class__.__name__}: {cause}). "
        "Start one (on a bare Debian host: `apt-get install docker.io && dockerd &`, or "
        "`systemctl start docker`), or point DOCKER_HOST at a running engine.",
        ExitStatus.ENGINE_UNREACHABLE,
        f"{docker_host}에서 응답하는 Docker 엔진이 없다 ({cause.__class__.__name__}: {cause}). "
        "엔진을 시작하거나 (Debian이라면 `apt-get install docker.io && dockerd &` 또는 "
        "`systemctl start docker`), DOCKER_HOST가 실행 중인 엔진을 가리키게 하자.",
    )


def ssh_refused(docker_host: str, exc: BaseException) -> SuiteError | None:
    """Why ssh refused, when it did: the client's error, or what ssh itself says when asked
    once more with nothing to type (its own words go to the terminal, not into the error)."""
    url = urlparse(docker_host)
    argv = ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10"]
    argv += [
        *(["-p", str(url.port)] if url.port else []),
        f"{url.username + '@' if url.username else ''}{url.hostname}",
    ]
    try:
        said = subprocess.run([*argv, "true"], capture_output=True, text=True, timeout=20).stderr
    except (OSError, subprocess.TimeoutExpired) as error:
        said = str(error)
    text = f"{exc} {said}"
    for sign, what, what_ko in SSH_REFUSALS:
        if sign in text:
            check = f"`ssh {url.netloc} docker version`"
            return SuiteError(
                f"ssh to {docker_host} was refused: {what} ({sign}). The Docker client uses this "
                f"user's ssh and its ~/.ssh/known_hosts and keys: check them with {check}, then run again.",
                ExitStatus.SSH_REFUSED,
                f"{docker_host}로의 ssh가 거절되었다: {what_ko} ({sign}). Docker 클라이언트는 이 사용자의 "
                f"ssh와 ~/.ssh/known_hosts, 키를 쓴다: {check}로 확인하고 다시 실행하자.",
            )
    return None


def over_the_network(docker_host: str) -> SuiteError:
    return SuiteError(
        f"the engine at {docker_host} is reached over the network: its bridge, veths and containers "
        "live on its own host, which this process cannot see, and judging this host instead would "
        "give wrong verdicts. Let the suite observe through a probe on that host (--probe auto), "
        "run it there, or, when that engine runs in a network namespace of this machine, name it "
        "with --engine-netns /run/netns/NAME.",
        ExitStatus.ENGINE_NETNS_UNKNOWN,
        f"{docker_host}의 엔진에는 네트워크를 거쳐 닿는다: 그 브리지와 veth, 컨테이너는 이 프로세스가 볼 "
        "수 없는 그 호스트에 있고, 대신 이 호스트를 판정하면 틀린 판정이 된다. 그 호스트의 프로브로 "
        "관찰하게 하거나 (--probe auto), 그곳에서 실행하거나, 그 엔진이 이 기계의 네트워크 "
        "네임스페이스에서 돈다면 --engine-netns /run/netns/NAME으로 알려 주자.",
    )


def probe_in_probe(docker_host: str) -> SuiteError:
    return SuiteError(
        f"this probe cannot see the host of the engine at {docker_host} either (a probe does not "
        "start another): mount that engine's own unix socket into it.",
        ExitStatus.ENGINE_NETNS_UNKNOWN,
        f"이 프로브도 {docker_host} 엔진의 호스트를 볼 수 없다 (프로브는 다른 프로브를 띄우지 않는다): "
        "그 엔진의 unix 소켓을 프로브에 마운트하자.",
    )


def netns_unknown(docker_host: str, exc: OSError) -> SuiteError:
    return SuiteError(
        f"could not tell which network namespace serves {docker_host} ({exc}); "
        "name it with --engine-netns /proc/PID/ns/net or /run/netns/NAME, or let the suite "
        "observe through a probe on the engine's host (--probe always).",
        ExitStatus.ENGINE_NETNS_UNKNOWN,
        f"{docker_host}를 제공하는 네트워크 네임스페이스를 알 수 없다 ({exc}). --engine-netns "
        "/proc/PID/ns/net 또는 /run/netns/NAME으로 알려 주거나, 엔진 호스트의 프로브로 관찰하게 하자 "
        "(--probe always).",
    )


def rootless_closed(docker_host: str) -> SuiteError:
    return SuiteError(
        f"the engine at {docker_host} is rootless: its bridge lives in RootlessKit's network "
        "namespace, which belongs to RootlessKit's user namespace. Only the engine's owner "
        "(entering that user namespace, with --probe auto) or root may enter it, and this "
        "process is neither. Run the suite as the user whose engine it is, or as root "
        "(`sudo -E tox -e conformance`).",
        ExitStatus.ENGINE_NETNS_UNKNOWN,
        f"{docker_host}의 엔진은 rootless다: 그 브리지는 RootlessKit의 사용자 네임스페이스에 속한 "
        "네트워크 네임스페이스에 있다. 그곳에는 엔진의 주인(--probe auto로 그 사용자 네임스페이스에 "
        "들어감)이나 root만 들어갈 수 있는데, 이 프로세스는 둘 다 아니다. 엔진의 주인이나 root로 "
        "스위트를 실행하자 (`sudo -E tox -e conformance`).",
    )
